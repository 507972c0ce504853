import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccessContext,
  CurrentAccess,
  OrgUnitDirectory,
  RequirePermission,
  unitFromBody,
  type UnitResolver,
} from '@vieclam/admin';
import { newEventId } from '@vieclam/platform/event-store';
import { borrowerLoanHistory } from '../domain/portfolio/loan-portfolio';
import { loanDetails, loanSummary, LoanQueries, programmesInForce } from '../queries/loan-queries';
import { todayInVietnam } from '@vieclam/platform/domain';
import { LoanCommands } from './loan-commands';
import { LoanRecords } from './loan-records';
import {
  ApplyForLoanRequest,
  ApproveLoanRequest,
  AsOfQuery,
  DisburseLoanRequest,
  FormSavingsGroupRequest,
  GroupVoteRequest,
  JoinSavingsGroupRequest,
  LeaveSavingsGroupRequest,
  ListLoansQuery,
  PortfolioQuery,
  ProgrammesQuery,
  RecordRepaymentRequest,
  RejectLoanRequest,
  RescheduleLoanRequest,
  SetGroupLeaderRequest,
  SetScheduleRequest,
  SettleLoanRequest,
  VillageQuery,
  WorkListQuery,
  WriteOffLoanRequest,
} from './loans.dto';

/** The village of the loan of route parameter `id`, read from its stream (404 if none). */
const loanVillage: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(LoanRecords, { strict: false }).loanVillage(request.params.id ?? '');

/** The village of the savings-and-loan group of route parameter `id` (404 if none). */
const groupVillage: UnitResolver = (request, moduleRef: ModuleRef) =>
  moduleRef.get(LoanRecords, { strict: false }).groupVillage(request.params.id ?? '');

/** A new loan belongs to its savings-and-loan group's village. */
const applicationVillage: UnitResolver = (request, moduleRef: ModuleRef) => {
  const body = (request.body ?? {}) as Partial<ApplyForLoanRequest>;
  return moduleRef.get(LoanRecords, { strict: false }).groupVillage(String(body.savingsGroupId ?? ''));
};

const actorOf = (access: AccessContext) => ({ userId: access.user.userId });

@ApiTags('loans')
@ApiBearerAuth()
@Controller('savings-groups')
export class SavingsGroupsController {
  constructor(
    private readonly commands: LoanCommands,
    private readonly records: LoanRecords,
    private readonly queries: LoanQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Thành lập Tổ tiết kiệm và vay vốn / Form a savings-and-loan group' })
  @RequirePermission('loans:write', unitFromBody('villageCode'))
  form(@Body() body: FormSavingsGroupRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.formGroup(body, actorOf(access));
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách tổ TK&VV / Savings-and-loan groups of your villages' })
  @RequirePermission('loans:read')
  list(@Query() query: VillageQuery, @CurrentAccess() access: AccessContext) {
    const villages = access
      .unitsInScope('loans:read')
      .filter((code) => !query.village || code === query.village);
    return this.queries.groups(villages);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Tổ TK&VV / A group: members, leader and the loans it handles' })
  @RequirePermission('loans:read', groupVillage)
  async details(@Param('id') id: string) {
    const { state, revision } = await this.records.group(id);
    const loans = await this.queries.loans({ villages: [state.villageCode], group: id });
    return {
      groupId: id,
      name: state.name,
      villageCode: state.villageCode,
      formedOn: state.formedOn,
      leaderPersonId: state.leaderPersonId,
      members: Object.values(state.members),
      revision,
      loans,
    };
  }

  @Post(':id/members')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kết nạp thành viên / A member joins the group' })
  @RequirePermission('loans:write', groupVillage)
  join(
    @Param('id') id: string,
    @Body() body: JoinSavingsGroupRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.runGroup(
      id,
      { type: 'JoinSavingsGroup', data: body },
      actorOf(access),
      body.joinedOn,
    );
  }

  @Post(':id/members/:personId/leave')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thành viên ra khỏi tổ / A member leaves the group' })
  @RequirePermission('loans:write', groupVillage)
  leave(
    @Param('id') id: string,
    @Param('personId') personId: string,
    @Body() body: LeaveSavingsGroupRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.runGroup(
      id,
      { type: 'LeaveSavingsGroup', data: { ...body, personId } },
      actorOf(access),
      body.leftOn,
    );
  }

  @Post(':id/leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chọn tổ trưởng / Set the group leader (a member)' })
  @RequirePermission('loans:write', groupVillage)
  leader(
    @Param('id') id: string,
    @Body() body: SetGroupLeaderRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.runGroup(
      id,
      { type: 'SetSavingsGroupLeader', data: body },
      actorOf(access),
      body.since,
    );
  }
}

@ApiTags('loans')
@ApiBearerAuth()
@Controller('loans')
export class LoansController {
  constructor(
    private readonly commands: LoanCommands,
    private readonly records: LoanRecords,
    private readonly queries: LoanQueries,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Nộp hồ sơ vay / Apply for a policy loan',
    description:
      'Filed in the borrower’s savings-and-loan group (the loan’s village is the group’s). Refused above the ' +
      'programme’s maximum amount or term, for a household class the programme does not serve (when known), ' +
      'without jobs promised for a job-creation loan or a valid contract for a working-abroad loan.',
  })
  @RequirePermission('loans:write', applicationVillage)
  apply(@Body() body: ApplyForLoanRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.apply(body, actorOf(access));
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách khoản vay / Loans of your villages, with filters' })
  @RequirePermission('loans:read')
  list(@Query() query: ListLoansQuery, @CurrentAccess() access: AccessContext) {
    return this.queries.loans({ villages: access.unitsInScope('loans:read'), ...query });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Khoản vay / A loan: terms, schedule, repayments and arrears',
    description: 'Arrears on `asOf` (default today) count the instalments the daily job marked overdue.',
  })
  @RequirePermission('loans:read', loanVillage)
  async details(@Param('id') id: string, @Query() query: AsOfQuery) {
    const { state, revision } = await this.records.loan(id);
    return { ...loanDetails(state, query.asOf ?? todayInVietnam()), revision };
  }

  @Post(':id/group-vote')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bình xét của tổ / Record the group’s vote (a majority for approves)' })
  @RequirePermission('loans:write', loanVillage)
  vote(@Param('id') id: string, @Body() body: GroupVoteRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.run(id, { type: 'RecordGroupVote', data: body }, actorOf(access), body.votedOn);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Phê duyệt / Approve (the rate in force that day is fixed for the loan’s life)',
  })
  @RequirePermission('loans:write', loanVillage)
  approve(@Param('id') id: string, @Body() body: ApproveLoanRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.run(id, { type: 'ApproveLoan', data: body }, actorOf(access), body.approvedOn);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Từ chối / Reject an application, with the reason' })
  @RequirePermission('loans:write', loanVillage)
  reject(@Param('id') id: string, @Body() body: RejectLoanRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.run(id, { type: 'RejectLoan', data: body }, actorOf(access), body.rejectedOn);
  }

  @Post(':id/disbursements')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Giải ngân / Disburse (partial disbursements allowed, never above the approved amount)',
  })
  @RequirePermission('loans:write', loanVillage)
  disburse(
    @Param('id') id: string,
    @Body() body: DisburseLoanRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    const data = { ...body, disbursementId: body.disbursementId ?? newEventId() };
    return this.commands.run(id, { type: 'DisburseLoan', data }, actorOf(access), body.date);
  }

  @Post(':id/schedule')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Lập lịch trả nợ / Set the repayment schedule',
    description:
      'Without `instalments`: equal principal instalments (dư nợ giảm dần) over the approved term.',
  })
  @RequirePermission('loans:write', loanVillage)
  schedule(
    @Param('id') id: string,
    @Body() body: SetScheduleRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.setSchedule(
      id,
      {
        setOn: body.setOn,
        frequency: body.frequency,
        instalments: body.instalments ?? null,
        firstDueDate: body.firstDueDate ?? null,
      },
      actorOf(access),
    );
  }

  @Post(':id/repayments')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thu nợ / Record a repayment (principal and interest); the last one settles the loan',
  })
  @RequirePermission('loans:write', loanVillage)
  repay(
    @Param('id') id: string,
    @Body() body: RecordRepaymentRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    const data = { ...body, repaymentId: body.repaymentId ?? newEventId() };
    return this.commands.run(id, { type: 'RecordRepayment', data }, actorOf(access), body.date);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Điều chỉnh kỳ hạn / gia hạn nợ / Reschedule or extend',
    description:
      'A new schedule for the whole outstanding principal; a later final due date is an extension.',
  })
  @RequirePermission('loans:write', loanVillage)
  reschedule(
    @Param('id') id: string,
    @Body() body: RescheduleLoanRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.reschedule(id, body, actorOf(access));
  }

  @Post(':id/settle')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tất toán / Settle a loan with nothing outstanding' })
  @RequirePermission('loans:write', loanVillage)
  settle(@Param('id') id: string, @Body() body: SettleLoanRequest, @CurrentAccess() access: AccessContext) {
    return this.commands.run(id, { type: 'SettleLoan', data: body }, actorOf(access), body.settledOn);
  }

  @Post(':id/write-off')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xoá nợ / Write off the outstanding principal by decision' })
  @RequirePermission('loans:write', loanVillage)
  writeOff(
    @Param('id') id: string,
    @Body() body: WriteOffLoanRequest,
    @CurrentAccess() access: AccessContext,
  ) {
    return this.commands.run(id, { type: 'WriteOffLoan', data: body }, actorOf(access), body.on);
  }
}

@ApiTags('loans')
@ApiBearerAuth()
@Controller()
export class LoanPortfolioController {
  constructor(
    private readonly queries: LoanQueries,
    private readonly units: OrgUnitDirectory,
  ) {}

  @Get('loan-portfolio')
  @ApiOperation({
    summary: 'Danh mục cho vay / Portfolio figures on a date',
    description:
      'Outstanding principal by programme, village and group; disbursed this month and year; overdue ' +
      'principal, ratio (basis points) and arrears buckets from the daily job’s marks; jobs promised vs created.',
  })
  @RequirePermission('loans:read')
  portfolio(@Query() query: PortfolioQuery, @CurrentAccess() access: AccessContext) {
    const asOf = query.asOf ?? todayInVietnam();
    return this.queries.portfolio(this.villagesWithin(access, query.unit), asOf);
  }

  @Get('loan-work-list')
  @ApiOperation({
    summary: 'Nợ đến hạn / Instalments falling due in the next days, per savings-and-loan group',
  })
  @RequirePermission('loans:read')
  workList(@Query() query: WorkListQuery, @CurrentAccess() access: AccessContext) {
    return this.queries.workList(
      access.unitsInScope('loans:read'),
      query.from ?? todayInVietnam(),
      query.days,
      query.group,
    );
  }

  @Get('borrowers/:personId/loans')
  @ApiOperation({ summary: 'Lịch sử vay / A borrower’s loans, oldest first (within your villages)' })
  @RequirePermission('loans:read')
  async borrower(@Param('personId') personId: string, @CurrentAccess() access: AccessContext) {
    const loans = await this.queries.loanStates({
      villages: access.unitsInScope('loans:read'),
      borrowerPersonId: personId,
    });
    return borrowerLoanHistory(loans, personId).map(loanSummary);
  }

  @Get('loan-programmes')
  @ApiOperation({
    summary: 'Chương trình cho vay / The loan programmes in force on a date (dated configuration)',
  })
  @RequirePermission('loans:read')
  programmes(@Query() query: ProgrammesQuery) {
    const on = query.on ?? todayInVietnam();
    return { on, programmes: programmesInForce(on) };
  }

  private villagesWithin(access: AccessContext, unit: string | undefined): string[] {
    const inScope = access.unitsInScope('loans:read');
    if (!unit) return inScope;
    const within = new Set(
      this.units
        .current()
        .subtree(unit, todayInVietnam())
        .map((u) => u.code),
    );
    return inScope.filter((code) => within.has(code));
  }
}
