export { applyUpdate, isServiceWorkerSupported, registerServiceWorker } from './register-service-worker';
export { isQuotaError, quotaMessage } from './quota';
export { formatBytes, requestPersistentStorage, storageStatus, type StorageStatus } from './storage-persistence';
export { DARK_BACKGROUND, LIGHT_BACKGROUND, THEME_COLORS } from './theme-colors';
export { getWaitingVersion, subscribeToUpdates } from './update-state';
