import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonDayEndSql } from '../action/action-status-history.sql';

/** A milestone as the snapshot counts it, dates as text. */
export type SnapshotMilestoneRow = { action_id: string; title: string; due_date: string | null; completed_on: string | null };
/** An action's evidence count, and how much of it shows impact. */
export type SnapshotEvidenceRow = { action_id: string; total: number; impact: number };

/** The statements the plan snapshot reads beside what other modules' services give it. */
@Injectable()
export class PlanSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every milestone of the plan's actions, by due date (undated last), then as created. */
  milestonesOfPlan(planId: string): Promise<SnapshotMilestoneRow[]> {
    return this.dataSource.query(
      `SELECT m.action_id, m.title, m.due_date::text AS due_date, m.completed_on::text AS completed_on
         FROM milestone m JOIN action a ON a.id = m.action_id
        WHERE a.plan_id = $1 ORDER BY m.due_date NULLS LAST, m.created_at`,
      [planId],
    );
  }

  /** Per action of the plan, its evidence not archived by the end of `day` (England), and how much of it shows impact. */
  evidenceCountsAt(planId: string, day: string): Promise<SnapshotEvidenceRow[]> {
    return this.dataSource.query(
      `SELECT e.action_id, count(*)::int AS total, count(*) FILTER (WHERE e.demonstrates_impact)::int AS impact
         FROM evidence e JOIN action a ON a.id = e.action_id
        WHERE a.plan_id = $1 AND (e.archived_at IS NULL OR e.archived_at >= ${londonDayEndSql('$2')}) GROUP BY e.action_id`,
      [planId, day],
    );
  }
}
