export * from './agency.js';
export * from './body.js';
export * from './citation.js';
export * from './date.js';
export * from './document.js';
export * from './kind.js';
export * from './task.js';
export * from './task-id.js';
