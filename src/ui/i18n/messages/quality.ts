import type { Catalog } from './types';

// Shell notices (in the first screen): update prompt, offline readiness, storage.
export const quality: Catalog = {
  en: {
    'update.available': 'A new version of Riskcase is available.',
    'update.hint': 'Reloading discards changes you have not saved yet.',
    'update.reload': 'Reload now',
    'update.later': 'Later',
    'offline.ready': 'Riskcase is ready to work offline.',
    'offline.dismiss': 'Dismiss',
    'storage.persisted': 'Storage: kept by the browser (persistent).',
    'storage.notPersisted': 'Storage: the browser may clear it when space runs low — export backups regularly.',
    'storage.unsupported': 'Storage: this browser cannot promise to keep it — export backups regularly.',
  },
  de: {
    'update.available': 'Eine neue Version von Riskcase ist verfügbar.',
    'update.hint': 'Beim Neuladen gehen noch nicht gespeicherte Änderungen verloren.',
    'update.reload': 'Jetzt neu laden',
    'update.later': 'Später',
    'offline.ready': 'Riskcase kann jetzt offline verwendet werden.',
    'offline.dismiss': 'Ausblenden',
    'storage.persisted': 'Speicher: wird vom Browser dauerhaft aufbewahrt.',
    'storage.notPersisted': 'Speicher: Der Browser kann ihn bei Platzmangel löschen — legen Sie regelmäßig Sicherungen an.',
    'storage.unsupported': 'Speicher: Dieser Browser sichert keine dauerhafte Aufbewahrung zu — legen Sie regelmäßig Sicherungen an.',
  },
  fr: {
    'update.available': 'Une nouvelle version de Riskcase est disponible.',
    'update.hint': 'Le rechargement efface les modifications non enregistrées.',
    'update.reload': 'Recharger maintenant',
    'update.later': 'Plus tard',
    'offline.ready': 'Riskcase est prêt à fonctionner hors ligne.',
    'offline.dismiss': 'Masquer',
    'storage.persisted': 'Stockage : conservé durablement par le navigateur.',
    'storage.notPersisted': 'Stockage : le navigateur peut l’effacer en cas de manque de place — exportez régulièrement des sauvegardes.',
    'storage.unsupported': 'Stockage : ce navigateur ne garantit pas sa conservation — exportez régulièrement des sauvegardes.',
  },
};
