// Public surface of @send/domain: pure rules shared by the API and the web app.
export * from './errors';
export * from './iso-date';
export * from './rag';
export * from './delivery-status';
export * from './impact-status';
export * from './status-invariants';
export * from './overdue';
export * from './limits';
export * from './status-update';
export * from './staleness';
export * from './measure-status';
export * from './status-words';
export * from './roles';
export * from './access';
export * from './evidence';
export * from './plan-import';
export * from './spreadsheet-text';
