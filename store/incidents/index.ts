/** Incidents and Admiralty grades: clustering rules, the store's incremental clustering, grading. */
export { addDocumentIncidents, rebuildIncidents, storedReports, ensureIncidents, forgetDocumentsIncidents, markIncidentsStale, INCIDENTS_VERSION } from './cluster.js';
export { matchReports, matchDamage, matchPartnership, matchUndated, nearMonthDay, isUndatedDamage, isFullDay, ownerOf, statedDate, institutionNumber, kindGroup, kindGroupsOf, kindsMeet, kindsMeeting, dayDistance, DAMAGE_WINDOW_DAYS, PARTNERSHIP_WINDOW_DAYS, STATED_DATE_WINDOW_DAYS, type Report, type Join, type Rule } from './_rules.js';
export { settlementKey, sameSettlement, sameSettlementKey, isVillage, sameVillage, VILLAGE_POPULATION } from './place-key.js';
export { components, type Component } from './components.js';
export { summarize, shingles, copied, type IncidentSummary, type Corroboration } from './_summary.js';
export { gradeSource, gradeIncident, parseGrade, meetsGrade, RELIABILITY, type Reliability, type MinGrade } from './grading.js';
export { incidentHandle, HANDLE_PATTERN } from './handle.js';
