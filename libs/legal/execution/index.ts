/** libs/legal/execution: rules of the decision's life after it is issued (LXLVPHC Part Two, Chapter III). */
export * from './late-charge';
export * from './instalments';
export * from './time-limits';
export * from './suspension-period';
