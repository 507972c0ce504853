import { Body, Controller, Get, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessContext, CurrentAccess, RequirePermission, unitFromBody, unitFromQuery } from '@vieclam/admin';
import { IndicatorReportQuery, type UnitReport } from '../queries/indicator-report.query';
import {
  AnnualReportQuery,
  MonthlyReportQuery,
  SubmitReportRequest,
  SubmittedReportQuery,
  type ReportFormat,
} from './plan-reports.dto';
import { reportCsv, reportPdf, reportXlsx } from './report-exports';
import { reportId, type ReportRef } from './report-submission';
import { ReportSubmissions } from './report-submissions';

const CONTENT_TYPES: Record<Exclude<ReportFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

async function render(report: UnitReport, format: ReportFormat | undefined, response: Response) {
  if (!format || format === 'json') return report;
  const ref: ReportRef = {
    unitCode: report.unitCode,
    year: report.year,
    month: report.month,
    kind: report.kind,
  };
  const body =
    format === 'csv'
      ? Buffer.from(`\uFEFF${reportCsv(report)}`, 'utf8')
      : format === 'xlsx'
        ? await reportXlsx(report)
        : await reportPdf(report);
  response.setHeader('Content-Type', CONTENT_TYPES[format]);
  response.setHeader('Content-Disposition', `attachment; filename="bao-cao-${reportId(ref)}.${format}"`);
  return new StreamableFile(body);
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: IndicatorReportQuery,
    private readonly submissions: ReportSubmissions,
  ) {}

  @Get('monthly')
  @ApiOperation({
    summary: 'Báo cáo tháng / Monthly report of a unit against its plan',
    description:
      'Each indicator with its annual target, the month, year-to-date, % of target, a year-end forecast (method named) ' +
      'and a status; activity counts; the breakdown by sub-unit. `asKnownOn` reproduces what was known then. ' +
      '`format=csv|xlsx|pdf` for files.',
  })
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  @RequirePermission('reports:read', unitFromQuery('unit'))
  async monthly(@Query() query: MonthlyReportQuery, @Res({ passthrough: true }) response: Response) {
    const report = await this.reports.report({
      unitCode: query.unit,
      year: query.year,
      month: query.month,
      kind: 'monthly',
      asKnownOn: query.asKnownOn ?? null,
    });
    return render(report, query.format, response);
  }

  @Get('annual')
  @ApiOperation({ summary: 'Báo cáo năm / Annual report of a unit against its plan' })
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  @RequirePermission('reports:read', unitFromQuery('unit'))
  async annual(@Query() query: AnnualReportQuery, @Res({ passthrough: true }) response: Response) {
    const report = await this.reports.report({
      unitCode: query.unit,
      year: query.year,
      month: 12,
      kind: 'annual',
      asKnownOn: query.asKnownOn ?? null,
    });
    return render(report, query.format, response);
  }

  @Post('submit')
  @ApiOperation({
    summary: 'Gửi báo cáo / Submit (freeze) a report',
    description:
      'Stores `ReportSubmitted` with the figures and the as-known-on point (default: now). 409 when already submitted.',
  })
  @RequirePermission('reports:submit', unitFromBody('unit'))
  submit(@Body() body: SubmitReportRequest, @CurrentAccess() access: AccessContext) {
    const ref: ReportRef = {
      unitCode: body.unit,
      year: body.year,
      month: body.month ?? 12,
      kind: body.month === undefined ? 'annual' : 'monthly',
    };
    return this.submissions.submit(
      ref,
      { asKnownOn: body.asKnownOn, note: body.note },
      { userId: access.user.userId },
    );
  }

  @Get('submitted')
  @ApiOperation({
    summary: 'Báo cáo đã gửi / A submitted report, whether it reproduces, and what changed since',
  })
  @RequirePermission('reports:read', unitFromQuery('unit'))
  submitted(@Query() query: SubmittedReportQuery) {
    return this.submissions.submitted({
      unitCode: query.unit,
      year: query.year,
      month: query.month ?? 12,
      kind: query.month === undefined ? 'annual' : 'monthly',
    });
  }
}
