import { CASE_AUDIT_GRADE_LABELS, type CaseAuditGrade, type Rag } from '@send/domain';

/** Each grade's colour (always shown with its words). */
export const GRADE_RAG: Readonly<Record<CaseAuditGrade, Rag>> = {
  outstanding: 'blue',
  good: 'green',
  requires_improvement: 'amber',
  inadequate: 'red',
};

export const gradeWords = (grade: CaseAuditGrade) => CASE_AUDIT_GRADE_LABELS[grade];
