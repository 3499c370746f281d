export * from './pairs';
export * from './losses/contrastive';
export * from './losses/contrastiveUpdate';
export * from './landscape';
export * from './statistics';
export * from './descent';
