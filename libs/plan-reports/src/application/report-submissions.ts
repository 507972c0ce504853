/** Submitting (freezing) and drafting reports, and comparing a frozen report with a regeneration. */
import { Inject, Injectable } from '@nestjs/common';
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import { foldEvents } from '@vieclam/platform/domain';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { IndicatorReportQuery, type UnitReport } from '../queries/indicator-report.query';
import { todayInVietnam, type Actor } from './plan-commands';
import {
  reportDecider,
  reportDifferences,
  reportId,
  reportStream,
  type ReportEvent,
  type ReportRef,
} from './report-submission';

/** The figures of a report, without when it was generated. */
export function figuresOf(report: UnitReport): unknown {
  const { generatedAt: _generatedAt, ...figures } = report;
  return figures;
}

@Injectable()
export class ReportSubmissions {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reports: IndicatorReportQuery,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async submit(ref: ReportRef, input: { asKnownOn?: string; note?: string }, actor: Actor) {
    const asKnownOn = input.asKnownOn ?? new Date().toISOString();
    const report = await this.reports.report({ ...ref, asKnownOn });
    const submittedOn = todayInVietnam();
    await this.executor.execute({
      streamId: reportStream(ref),
      decider: reportDecider,
      command: {
        type: 'SubmitReport',
        data: {
          ...ref,
          reportId: reportId(ref),
          asKnownOn,
          report,
          submittedOn,
          submittedBy: actor.userId,
          note: input.note ?? '',
        },
      },
      metadata: { actor: actor.userId, orgUnit: ref.unitCode, occurredOn: submittedOn },
    });
    return { reportId: reportId(ref), asKnownOn, submittedOn, report };
  }

  /** Drafts a report as known now; nothing happens to a report already submitted. */
  async draft(ref: ReportRef, actor: Actor) {
    const draftedAt = new Date().toISOString();
    const report = await this.reports.report({ ...ref, asKnownOn: draftedAt });
    const result = await this.executor.execute({
      streamId: reportStream(ref),
      decider: reportDecider,
      command: {
        type: 'DraftReport',
        data: { ...ref, reportId: reportId(ref), asKnownOn: draftedAt, report, draftedAt },
      },
      metadata: { actor: actor.userId, orgUnit: ref.unitCode, occurredOn: todayInVietnam() },
    });
    return { reportId: reportId(ref), drafted: result.events.length > 0 };
  }

  /**
   * The frozen report, whether regenerating it as known on its point reproduces it, and what a
   * regeneration as known now would change.
   */
  async submitted(ref: ReportRef) {
    const events = await this.store.readStream(reportStream(ref));
    const state = foldEvents(
      reportDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as ReportEvent),
    );
    const submitted = state.submitted;
    if (!submitted) {
      throw DomainError.notFound('report_not_submitted', {
        vi: `Báo cáo ${reportId(ref)} chưa được gửi`,
        en: `Report ${reportId(ref)} has not been submitted`,
      });
    }
    const frozen = submitted.report as UnitReport;
    const regenerated = await this.reports.report({ ...ref, asKnownOn: submitted.asKnownOn });
    const current = await this.reports.report({ ...ref, asKnownOn: null });
    return {
      reportId: submitted.reportId,
      submittedOn: submitted.submittedOn,
      submittedBy: submitted.submittedBy,
      asKnownOn: submitted.asKnownOn,
      report: frozen,
      reproduced: JSON.stringify(figuresOf(regenerated)) === JSON.stringify(figuresOf(frozen)),
      differencesSinceSubmission: reportDifferences(frozen, current),
    };
  }
}
