export * from './episode';
export * from './activity';
export * from './checkin';
export * from './episode-history';
export * from './recurrence';
export * from './spasm-timing';
export * from './spasm-end';
export * from './episode-search';
