// The exercises a trainer builds a session from. The first three are the guidelines' worked
// examples (Appendix 5, section 6 and 3.3), with the guidelines' own figures; the others are
// written the same way for practice, each resting on the guidelines' reasoning (cited). Consumer,
// hazard and injury-type values are members of the rapex-2010 enums. No band or risk is written
// here: the risk domain computes them from the rule set (see exercise.ts).
import type { StepJson } from '../assessment';
import type { Exercise } from './exercise';

export type { Exercise, Reasoning } from './exercise';

const step = (text: string, probability: string, evidence: string): StepJson => ({ text, probability, evidence });

const SHORTEST_PATH = { cite: 'Appendix 5, 6 (step 3)', text: 'Describe the steps to the injury clearly and concisely: the shortest path to injury.' };
const MULTIPLY = { cite: 'Appendix 5, 6 (step 5)', text: 'Give each step a probability and multiply them for the probability of the scenario.' };

const hammer: Exercise = {
  id: 'hammer',
  origin: 'worked-example',
  product: { name: 'Hammer', description: 'Claw hammer for household use.' },
  defect: 'A test shows that the material of the head is too weak: the head may break when a nail is knocked in.',
  brief: 'Assess the risk to an adult who knocks a nail into a wall with this hammer.',
  model: {
    id: 's1',
    title: 'The head breaks and a piece flies into the eye',
    consumer: 'adult',
    hazard: 'kinetic-energy',
    steps: [
      step('The head breaks while the user knocks a nail into a wall', '1/10', 'The weakness was found in a test; the guidelines take 1/10 for breaking during the expected lifetime.'),
      step('A piece of the head flies towards the user and hits the upper body', '1/10', 'The upper body is about 1/10 of the half-sphere in front of the wall into which pieces can fly.'),
      step('The piece hits the user on the head', '1/3', 'The head is about 1/3 of the upper body.'),
      step('The piece hits the user in the eye', '1/20', 'The eyes are about 1/20 of the area of the head.'),
    ],
    injury: 'Foreign body in the eye: permanent loss of sight in one eye',
    injuryType: 'eye-injury',
    severity: 3,
    suggestedSeverity: 3,
  },
  severityReasoning: 'A piece flying into the eye so hard that it blinds it: “eye injury, foreign body in eye: permanent loss of sight (one eye)” is level 3 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, 3.3', text: 'The guidelines build this scenario step by step as their example of an injury scenario and of its probability.' },
    MULTIPLY,
    { cite: 'Appendix 5, 3.2 (several hazards, several injuries but only one risk)', text: 'A weak grip would be another scenario; the product’s risk is the highest of the scenarios, not their sum.' },
  ],
};

const foldingChair: Exercise = {
  id: 'folding-chair',
  origin: 'worked-example',
  product: { name: 'Folding chair', description: 'Folding chair with a seat, a backrest and side links.' },
  defect: 'The folding mechanism is built so that the user’s fingers can be trapped between the seat and the mechanism.',
  brief: 'Find the scenario with the highest risk to an adult: think of a person who lifts the chair while sitting on it to move it.',
  model: {
    id: 's1',
    title: 'Lifts the chair while sitting; finger caught between backrest and seat',
    consumer: 'adult',
    hazard: 'kinetic-energy',
    steps: [
      step('Sitting on the chair', '1', 'What the chair is for: certain.'),
      step('Moves the chair while sitting', '1/2', 'Common during the chair’s lifetime (guidelines’ estimate).'),
      step('Grips the chair at the rear part of the seat while moving', '1/2', 'One of the usual ways to grip it (guidelines’ estimate).'),
      step('The chair partially folds, opening a gap between backrest and seat', '1/3', 'Lifting the seat lets the mechanism move (guidelines’ estimate).'),
      step('A finger is between backrest and seat', '1/5', 'The gap is narrow compared with the hand (guidelines’ estimate).'),
      step('The finger gets caught when the chair closes again', '1/10', 'Guidelines’ estimate.'),
      step('Loss of (part of) the finger', '1/10', 'The closing force is rarely enough to sever a finger (guidelines’ estimate).'),
    ],
    injury: 'Loss of (part of) a finger',
    injuryType: 'amputation',
    severity: 3,
    suggestedSeverity: 3,
  },
  severityReasoning: 'Loss of a digit: the guidelines rate it level 3 in this example.',
  reasoning: [
    { cite: 'Appendix 5, 6 (folding chair)', text: 'Six scenarios: two minor pinchings at 1/500 (low), two fractured fingers at 1/500 000 (low), and two losses of a finger at 1/6 000 (high) — this one and the same with the finger caught at the link; high is the risk of the chair.' },
    { cite: 'Appendix 5, 6 (step 8)', text: 'Develop several scenarios to find the highest risk: the obvious one (unfolding) is not the one that decides.' },
    MULTIPLY,
  ],
};

const socketProtectors: Exercise = {
  id: 'socket-protectors',
  origin: 'worked-example',
  product: { name: 'Socket protectors', description: 'Plastic covers that parents put into socket outlets so that small children cannot reach live parts.' },
  defect: 'The holes for the plug pins are so narrow that the pins stick: pulling out a plug may pull the protector out too, unnoticed.',
  brief: 'Assess the risk to a small child in a home where these protectors are used.',
  model: {
    id: 's1',
    title: 'Protector removed unnoticed; the child puts a thin metal object into the socket',
    consumer: 'very-young-children',
    hazard: 'electrical-energy',
    steps: [
      step('The protector comes out with the plug', '9/10', 'The pins stick in the test; almost every removal of a plug takes the protector along.'),
      step('The removal is not noticed', '1/10', 'Guidelines’ estimate: users usually see the protector on the plug.'),
      step('The child plays with a thin conductive object', '1/10', 'Guidelines’ estimate.'),
      step('The child is unattended while playing', '1/2', 'Guidelines’ estimate.'),
      step('The child inserts the object into the socket', '3/10', 'Small children explore holes; guidelines’ estimate.'),
      step('The object reaches a live part', '1/2', 'Guidelines’ estimate.'),
      step('Electrocution (no residual-current circuit breaker)', '1/4', 'Not every home has a circuit interrupter; guidelines’ estimate.'),
    ],
    injury: 'Electrocution',
    injuryType: 'electric-shock',
    severity: 4,
    suggestedSeverity: 4,
  },
  severityReasoning: 'Electrocution is fatal or potentially fatal: level 4 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, 6 (socket protectors)', text: 'The guidelines’ scenario: 27/160 000, above 1/10 000, severity 4 — a serious risk.' },
    { cite: 'Appendix 5, 3.3 (vulnerable consumers)', text: 'Very young children do not recognise the hazard; the protector exists for them, so its failure is assessed for them.' },
    MULTIPLY,
  ],
};

const toySmallParts: Exercise = {
  id: 'toy-small-parts',
  origin: 'practice',
  product: { name: 'Plush bear with glued-on eyes', description: 'Soft toy for children from birth; plastic eyes glued to the fabric.' },
  defect: 'In the tension test the eyes come off at about a third of the standard’s test force; a detached eye fits entirely into the small-parts cylinder.',
  brief: 'Assess the risk to a child under 36 months who plays with the toy.',
  model: {
    id: 's1',
    title: 'An eye comes off, the child puts it in the mouth and chokes',
    consumer: 'very-young-children',
    hazard: 'size-shape-surface',
    steps: [
      step('An eye comes off during the toy’s lifetime', '1/2', 'The eyes failed the tension test by a large margin; pulling and biting on the eyes is normal play.'),
      step('The child puts the loose eye into its mouth', '1/2', 'Children under three explore objects with the mouth.'),
      step('The eye is inhaled and blocks the airway', '1/10', 'Assumption: most small parts are spat out or swallowed harmlessly.'),
      step('Nobody removes it in time', '1/10', 'Assumption: a parent is usually near, but choking is silent and fast.'),
    ],
    injury: 'Airway blocked: oxygen supply to the brain cut, lasting effect or death',
    injuryType: 'asphyxia',
    severity: 4,
    suggestedSeverity: 4,
  },
  severityReasoning: 'Internal airway obstruction with lasting effect or death is level 4 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, 3.2 (compliance with limit values)', text: 'Small parts of a toy for children under 36 months must not fit into the small-parts cylinder; a part that does presents a risk — how large is for the assessment to say.' },
    { cite: 'Appendix 5, 3.3 (probability)', text: 'A test failed by a large margin makes the first step more likely than a narrow failure would.' },
    { cite: 'Appendix 5, table 1', text: 'Children of 0-36 months are very vulnerable consumers: they cannot recognise the hazard.' },
  ],
};

const hairDryer: Exercise = {
  id: 'hair-dryer',
  origin: 'practice',
  product: { name: 'Hair dryer, 2 000 W', description: 'Hand-held hair dryer with a heating element and a fan.' },
  defect: 'The dryer has no thermal cut-out. With the air inlet blocked, the housing melted and ignited in two of four samples (abnormal-operation test of the standard).',
  brief: 'Assess the risk of fire in the home when the dryer is put down while still running.',
  model: {
    id: 's1',
    title: 'Put down running on a towel, the dryer overheats and sets the room on fire',
    consumer: 'adult',
    hazard: 'safety-function-failure',
    steps: [
      step('The dryer is put down on a towel or bed while still running, blocking the inlet', '1/10', 'Assumption: a common habit to free the hands; the instructions warn against it, but the warning is not read every time.'),
      step('Without a cut-out the element overheats and the housing ignites', '1/2', 'Test: the housing ignited in 2 of 4 samples with the inlet blocked.'),
      step('Nobody notices before the flames spread', '1/10', 'Assumption: the user has usually only stepped away for a moment.'),
      step('The fire spreads to the bedding or furniture', '1/2', 'Towels and bedding catch fire easily.'),
      step('A person in the home suffers an inhalation burn needing ventilation', '1/10', 'Assumption: smoke alarms and escape usually prevent the worst.'),
    ],
    injury: 'Smoke inhalation: inhalation burn needing ventilation',
    injuryType: 'burn',
    severity: 4,
    suggestedSeverity: 4,
  },
  severityReasoning: 'An inhalation burn needing ventilation is level 4 in table 3 (burns row).',
  reasoning: [
    { cite: 'Appendix 5, table 2 (failure of a safety function)', text: 'The hazard is a missing safety device: the fire follows from its absence, not from normal use.' },
    { cite: 'Appendix 5, 3.3 (foreseeable use)', text: 'Putting the dryer down while running is reasonably foreseeable use, even if the instructions warn against it.' },
    { cite: 'Appendix 5, 4 (sensitivity)', text: 'Move each probability one band down and see whether the risk level changes: if it does, the case is borderline and worth discussing (err on the safe side).' },
  ],
};

const hoodieDrawstrings: Exercise = {
  id: 'hoodie-drawstrings',
  origin: 'practice',
  product: { name: 'Child’s hooded sweatshirt, size 116', description: 'Hooded top for children of about 6 years, with a drawstring through the hood.' },
  defect: 'The hood has a drawstring with free ends of 20 cm; the standard for children’s clothing forbids drawstrings in the hood and neck area for this size.',
  brief: 'Assess the risk to a child of 6 who wears the top while playing on a playground slide.',
  model: {
    id: 's1',
    title: 'The drawstring catches on the slide and strangles the child',
    consumer: 'young-children',
    hazard: 'size-shape-surface',
    steps: [
      step('The child wears the top on a playground during its lifetime', '9/10', 'A hooded top is worn outdoors; nearly certain over a season.'),
      step('The free end of the drawstring catches on the slide (gap at the top, a bolt)', '1/100', 'Assumption backed by accident reports of this kind; catching needs a particular gap and movement.'),
      step('The drawstring neither tears nor slips out under the child’s weight', '1/2', 'Test: the cord is stitched in at the middle and held 100 N.'),
      step('The child cannot free itself and no one helps in time', '1/10', 'Assumption: other people are often near a slide, but strangulation is quick.'),
    ],
    injury: 'Strangulation: oxygen supply to the brain cut, lasting effect or death',
    injuryType: 'asphyxia',
    severity: 4,
    suggestedSeverity: 4,
  },
  severityReasoning: 'Strangulation with lasting effect or death is level 4 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, table 1', text: 'Children of 36 months to 8 years are vulnerable consumers: they do not foresee the cord catching.' },
    { cite: 'Appendix 5, 3.3 (probability)', text: 'Reported accidents that fit the scenario make its probability higher; their absence is no proof of a low risk.' },
    SHORTEST_PATH,
  ],
};

const hobCleaner: Exercise = {
  id: 'hob-cleaner',
  origin: 'practice',
  product: { name: 'Ceramic-hob cleaner, 500 ml', description: 'Liquid cleaner for glass-ceramic hobs, in a squeeze bottle with a flip-top cap; lemon scent.' },
  defect: 'The cleaner contains sodium hydroxide at a concentration that makes it corrosive; the bottle has no child-resistant closure and no tactile warning.',
  brief: 'Assess the risk to a toddler in a home where the bottle is kept under the sink.',
  model: {
    id: 's1',
    title: 'A toddler opens the bottle and drinks from it',
    consumer: 'very-young-children',
    hazard: 'toxicity-corrosivity',
    steps: [
      step('The bottle is kept where a toddler can reach it, e.g. an unlocked cupboard under the sink', '1/5', 'Assumption: many households keep cleaners there; not all have toddlers or unlocked cupboards.'),
      step('The toddler finds the bottle and opens the flip-top cap', '1/10', 'Test: the cap opens by hand without force; a child-resistant closure would stop most children.'),
      step('The toddler drinks from the bottle', '1/2', 'Children under three put things in the mouth; the lemon scent attracts them.'),
      step('Enough is swallowed to burn the gullet', '1/2', 'A corrosive liquid harms already in small amounts; the first mouthful often gets swallowed.'),
    ],
    injury: 'Chemical burns of mouth and gullet with lasting narrowing of the gullet',
    injuryType: 'burn',
    severity: 3,
    suggestedSeverity: 3,
  },
  severityReasoning: 'A corrosive burn of the gullet needs hospital admission and may leave a lasting narrowing (functioning affected for more than 6 months): level 3 by the definition in table 3; the burns row’s level 3 names internal (inhalation) burns.',
  reasoning: [
    { cite: 'Appendix 5, table 2 (toxicity and corrosivity)', text: 'A corrosive substance reached by ingestion: the scenario follows the route of exposure.' },
    { cite: 'Appendix 5, table 1', text: 'Very young children cannot read a warning label, so the label does not lower the probability for them.' },
    { cite: 'Appendix 5, 6 (step 8, rule of thumb)', text: 'The rule of thumb for the highest level is a guide only: always look the level up in table 4, also when the probability is below the rule of thumb’s.' },
  ],
};

const bicycleHelmet: Exercise = {
  id: 'bicycle-helmet',
  origin: 'practice',
  product: { name: 'Bicycle helmet, size M', description: 'In-mould helmet for cyclists.' },
  defect: 'In the shock-absorption test the peak acceleration of the head form reached 350 g; the standard’s limit is 250 g.',
  brief: 'Assess the risk to an adult cyclist who falls and hits the head while wearing the helmet.',
  model: {
    id: 's1',
    title: 'A fall on the head; the helmet absorbs too little and the rider is knocked out',
    consumer: 'adult',
    hazard: 'safety-function-failure',
    steps: [
      step('The cyclist falls and hits the head on the road during the helmet’s lifetime', '1/10', 'Assumption from accident data: a fall with a head impact over several years of riding.'),
      step('The impact is in the range where a compliant helmet protects but this one does not', '1/10', 'Failed by 40 % over the limit: many impacts are either too light to matter or too hard for any helmet.'),
      step('The energy passed on causes a concussion with longer unconsciousness', '1/10', 'Assumption: the head usually gets away with a short or no loss of consciousness.'),
    ],
    injury: 'Concussion with longer unconsciousness',
    injuryType: 'concussion',
    severity: 3,
    suggestedSeverity: 3,
  },
  severityReasoning: 'Concussion with longer unconsciousness is level 3 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, table 4 (probability bands)', text: 'The bands’ bounds are strict (“greater than”): a probability exactly on a bound, as three steps of 1/10 give, belongs to the band below it.' },
    { cite: 'Appendix 5, 3.3 (probability)', text: 'A test failed by a large margin makes the scenario more likely than a result close to the limit.' },
    { cite: 'Appendix 5, table 2 (failure of a safety function)', text: 'The helmet’s job is to protect: the injury comes from its failure, not from the helmet itself.' },
  ],
};

const flaringCandle: Exercise = {
  id: 'flaring-candle',
  origin: 'practice',
  product: { name: 'Decorative pillar candle', description: 'Candle with dried flowers embedded near the surface of the wax.' },
  defect: 'When the candle burns down to the flowers they catch fire: flames over 15 cm high in three of five samples.',
  brief: 'Assess the risk to an adult sitting at a table on which the candle burns.',
  model: {
    id: 's1',
    title: 'The candle flares and sets a sleeve on fire',
    consumer: 'adult',
    hazard: 'fire-explosion',
    steps: [
      step('The candle burns down to the embedded flowers', '1', 'Every candle that is used burns down to them.'),
      step('The flowers catch fire and the flame flares', '1/2', 'Test: 3 of 5 samples flared.'),
      step('Someone is close to the flame when it flares and a sleeve or hair catches fire', '1/100', 'Assumption: candles burn on tables where people sit and reach across (about 1/10), and most pull back in time (about 1/10).'),
      step('2nd-degree burns on 6-15 % of the body before the flames are out', '1/10', 'Assumption: usually put out quickly, with smaller burns.'),
    ],
    injury: '2nd-degree burns on 6-15 % of the body',
    injuryType: 'burn',
    severity: 2,
    suggestedSeverity: 2,
  },
  severityReasoning: '2nd-degree burns on 6-15 % of the body are level 2 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, 3.3 (hazard recognition)', text: 'A candle’s flame is a known hazard, but a sudden flare is not: the warning on a candle does not cover it.' },
    { cite: 'Appendix 5, 6 (step 8)', text: 'A second scenario — the flare setting curtains alight when nobody is in the room — may give a higher risk: develop it too.' },
    MULTIPLY,
  ],
};

const kettleLid: Exercise = {
  id: 'kettle-lid',
  origin: 'practice',
  product: { name: 'Electric kettle, 1.7 l', description: 'Cordless kettle with a hinged lid.' },
  defect: 'The lid catch is weak: in the test the lid sprang open when the full kettle was tilted to pour.',
  brief: 'Assess the risk to an adult who pours boiling water.',
  model: {
    id: 's1',
    title: 'The lid springs open while pouring and boiling water spills',
    consumer: 'adult',
    hazard: 'extreme-temperatures',
    steps: [
      step('The lid springs open while pouring, during the kettle’s lifetime', '1/10', 'Test: it opened in some pours of a full kettle; the catch wears further with use.'),
      step('Boiling water spills onto the user’s hand or body', '1/5', 'Assumption: the water mostly goes into the cup or onto the worktop.'),
      step('The scald covers 6-15 % of the body (2nd degree)', '1/20', 'Assumption: most spills scald a hand only (smaller area).'),
    ],
    injury: '2nd-degree scald on 6-15 % of the body',
    injuryType: 'burn',
    severity: 2,
    suggestedSeverity: 2,
  },
  severityReasoning: '2nd-degree burns on 6-15 % of the body are level 2 in table 3.',
  reasoning: [
    { cite: 'Appendix 5, table 2 (extreme temperatures)', text: 'Hot liquids: the typical injury is a scald.' },
    { cite: 'Appendix 5, 4 (sensitivity)', text: 'A scald of the hand only would be severity 1 and a lower risk; a child bystander would be a further scenario.' },
    MULTIPLY,
  ],
};

export const EXERCISES: readonly Exercise[] = [
  hammer,
  foldingChair,
  socketProtectors,
  toySmallParts,
  hairDryer,
  hoodieDrawstrings,
  hobCleaner,
  bicycleHelmet,
  flaringCandle,
  kettleLid,
];

export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
