// The worked examples of the guidelines (Appendix 5, section 6 and 3.3), as interchange documents.
// Seeded into IndexedDB on first run so that a new user sees complete assessments to learn from.
// Enum values (consumer, hazard, injury type) are the rapex-2010 rule set's members.
import type { AssessmentJson } from '../domain/assessment';

export const hammer: AssessmentJson = {
  product: { name: 'Hammer', description: 'Hammer whose head is too weak (incorrect material) and may break when a nail is knocked in' },
  regime: 'rapex-2010',
  scenarios: [
    {
      id: 's1',
      title: 'The head breaks and a piece flies into the eye',
      consumer: 'adult',
      hazard: 'kinetic-energy',
      steps: [
        { text: 'The head breaks when the user knocks a nail into a wall', probability: '1/10', evidence: 'Weakness found in a test; probability of breaking during the expected lifetime' },
        { text: 'A piece of the head hits the user', probability: '1/10', low: '1/20', high: '1/5', evidence: 'Upper body is about 1/10 of the half-sphere in front of the wall' },
        { text: 'The piece hits the user on the head', probability: '1/3', evidence: 'The head is about 1/3 of the upper body' },
        { text: 'The piece hits the user in the eye', probability: '1/20', evidence: 'The eyes are about 1/20 of the area of the head' },
      ],
      injury: 'Foreign body in eye: permanent loss of sight in one eye',
      injuryType: 'eye-injury',
      severity: 3,
      suggestedSeverity: 3,
    },
  ],
};

const unfold = { text: 'Unfolding the chair', probability: '1' };
const sitting = { text: 'Sitting on the chair', probability: '1' };

/** The guidelines' middle two folding-chair scenarios: the chair clamps, the seat gripped in two places. */
function clampedWhileUnfolding(id: string, grip: string, where: string): AssessmentJson['scenarios'][number] {
  return {
    id,
    title: `Chair clamps; pushing down the seat, grips it ${grip}; finger caught ${where}`,
    consumer: 'adult',
    hazard: 'kinetic-energy',
    steps: [
      unfold,
      { text: 'Chair clamps', probability: '1/1000' },
      { text: `Grips the seat ${grip} while unfolding`, probability: '1/50' },
      { text: 'Finger gets caught', probability: '1/10' },
      { text: 'Fracture of finger', probability: '1' },
    ],
    injury: 'Fracture of finger',
    injuryType: 'fracture',
    severity: 2,
    suggestedSeverity: 2,
  };
}

/** The guidelines' last two folding-chair scenarios: the same steps, the finger caught in two places. */
function liftWhileSitting(id: string, where: string): AssessmentJson['scenarios'][number] {
  return {
    id,
    title: `Lifts the chair while sitting; finger caught ${where}`,
    consumer: 'adult',
    hazard: 'kinetic-energy',
    steps: [
      sitting,
      { text: 'Moves the chair while sitting', probability: '1/2' },
      { text: 'Grips the chair at the rear part while moving', probability: '1/2' },
      { text: 'Chair partially folds, creating a gap between backrest and seat', probability: '1/3' },
      { text: 'Finger is between backrest and seat', probability: '1/5' },
      { text: 'Finger gets caught', probability: '1/10' },
      { text: 'Loss of (part of) finger', probability: '1/10' },
    ],
    injury: 'Loss of digit',
    injuryType: 'amputation',
    severity: 3,
    suggestedSeverity: 3,
  };
}

export const foldingChair: AssessmentJson = {
  product: { name: 'Folding chair', description: 'The folding mechanism can trap the user’s fingers between the seat and the mechanism' },
  regime: 'rapex-2010',
  scenarios: [
    {
      id: 's1',
      title: 'Grips the seat at the back corner while unfolding; finger caught between seat and backrest',
      consumer: 'adult',
      hazard: 'kinetic-energy',
      steps: [unfold, { text: 'Grips the seat at the back corner while unfolding', probability: '1/50' }, { text: 'Finger gets caught', probability: '1/10' }],
      injury: 'Minor pinching of finger',
      injuryType: 'entrapment',
      severity: 1,
      suggestedSeverity: 1,
    },
    {
      id: 's2',
      title: 'Grips the seat at the side while unfolding; finger caught between seat and link',
      consumer: 'adult',
      hazard: 'kinetic-energy',
      steps: [unfold, { text: 'Grips the seat at the side while unfolding', probability: '1/50' }, { text: 'Finger gets caught', probability: '1/10' }],
      injury: 'Minor pinching of finger',
      injuryType: 'entrapment',
      severity: 1,
      suggestedSeverity: 1,
    },
    clampedWhileUnfolding('s3', 'at the corners', 'between seat and backrest'),
    clampedWhileUnfolding('s4', 'at the side', 'between seat and link'),
    liftWhileSitting('s5', 'between backrest and seat'),
    liftWhileSitting('s6', 'between seat and link'),
  ],
};

export const socketProtectors: AssessmentJson = {
  product: { name: 'Socket protectors', description: 'The holes are so narrow that the plug pins stick: pulling the plug may pull the protector out unnoticed' },
  regime: 'rapex-2010',
  scenarios: [
    {
      id: 's1',
      title: 'Protector removed unnoticed; a child inserts a thin metal object and is electrocuted',
      consumer: 'very-young-children',
      hazard: 'electrical-energy',
      steps: [
        { text: 'Removal of the protector with the plug', probability: '9/10' },
        { text: 'Not noticing the removal of the protector', probability: '1/10' },
        { text: 'Child plays with a thin conductive object', probability: '1/10' },
        { text: 'Child is unattended while playing', probability: '1/2' },
        { text: 'Child inserts the object into the socket', probability: '3/10' },
        { text: 'Access to voltage', probability: '1/2' },
        { text: 'Electrocution (no circuit interrupter)', probability: '1/4' },
      ],
      injury: 'Electrocution',
      injuryType: 'electric-shock',
      severity: 4,
      suggestedSeverity: 4,
    },
  ],
};

/** Stable ids so that seeding twice (two tabs) never duplicates them. */
export const DEMO_ASSESSMENTS: readonly { id: string; doc: AssessmentJson }[] = [
  { id: 'demo-hammer', doc: hammer },
  { id: 'demo-folding-chair', doc: foldingChair },
  { id: 'demo-socket-protectors', doc: socketProtectors },
];
