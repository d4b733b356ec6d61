export * from './organization';
export * from './user';
export * from './group';
export * from './service-principal';
export * from './synchronization';
export * from './provisioning-log';
