export * from './pairs';
export * from './losses/contrastive';
