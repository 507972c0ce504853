/**
 * Issue 6 acceptance through the HTTP API: a job-creation loan from application to two repayments,
 * one late instalment that the daily job marks overdue and that sits in the 31–90 days bucket on the
 * right date, and the portfolio figures against a table worked out by hand below. Also the refusals
 * (above the programme maximum, disbursing more than approved, repaying a settled loan) and the
 * village scoping. SQLite (embedded mode); PostgreSQL (server mode) too.
 */
import { newEventId } from '@vieclam/platform/event-store';
import { JOB_QUEUE, type JobQueue } from '@vieclam/platform/jobs';
import {
  eventually,
  startLoansTestApp,
  type LoansTestApp,
} from '../libs/loans/src/application/testing/loans-test-app';
import { MARK_OVERDUE_JOB, MarkOverdueJob } from '../libs/loans/src/jobs/mark-overdue.job';

jest.setTimeout(90_000);

const VILLAGE_EAST = 'XMT-01';
const VILLAGE_WEST = 'XMT-02';

// The hand-computed table. Job-creation loan (7.92 %): 30,000,000 đ disbursed 15 Mar 2024, 12 months,
// quarterly: 4 × 7,500,000 due 15 Jun, 15 Sep, 15 Dec 2024, 15 Mar 2025.
//   first-quarter interest 30,000,000 × 792 × 92 days ÷ 3,650,000 = 598,882.19 → 598,882
//   repaid 15 Jun (on time) 7,500,000 + 598,882; the 15 Sep instalment is paid late on 20 Nov:
//   interest 22,500,000 × 792 × 158 days ÷ 3,650,000 = 771,386.30 → 771,386
// Poor-household loan (6.6 %) in the west village: 40,000,000 đ disbursed 5 Oct 2024, 24 months,
//   quarterly from 5 Jan 2025 (8 × 5,000,000).
// Clean-water loan (9 %) of the same east borrower: 10,000,000 đ disbursed 1 Feb 2024, repaid in
//   full on 1 Aug 2024 (settled).
const EXPECTED = {
  // 16 Oct 2024: 31 days after the 15 Sep due date.
  '2024-10-16': {
    outstandingPrincipal: 22_500_000 + 40_000_000, // 62,500,000
    outstandingByProgramme: { job_creation: 22_500_000, poor_households: 40_000_000 },
    outstandingByVillage: { [VILLAGE_EAST]: 22_500_000, [VILLAGE_WEST]: 40_000_000 },
    disbursedThisMonth: 40_000_000, // 5 Oct
    disbursedThisYear: 10_000_000 + 30_000_000 + 40_000_000, // 80,000,000
    overduePrincipal: 7_500_000,
    overdueRatioBasisPoints: 1_200, // 7,500,000 ÷ 62,500,000 = 12.00 %
    arrearsByBucket: { days_1_30: 0, days_31_90: 7_500_000, days_91_180: 0, days_over_180: 0 },
  },
  // 15 Oct 2024: 30 days past due, still the first bucket.
  '2024-10-15': {
    arrearsByBucket: { days_1_30: 7_500_000, days_31_90: 0, days_91_180: 0, days_over_180: 0 },
  },
  // 20 Nov 2024: the late instalment is paid; 15,000,000 + 40,000,000 outstanding, nothing overdue.
  '2024-11-20': {
    outstandingPrincipal: 15_000_000 + 40_000_000,
    overduePrincipal: 0,
    overdueRatioBasisPoints: 0,
    disbursedThisMonth: 0,
  },
};

type Json = Record<string, any>;

describe.each(['sqlite', 'postgres'] as const)('policy loans over HTTP (%s)', (kind) => {
  let t: LoansTestApp;
  let liaison: string;
  let admin: string;
  const ids: Record<string, string> = {};

  const post = (path: string, body: object, token = liaison) =>
    t.http().post(`/api${path}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (path: string, token = liaison) =>
    t.http().get(`/api${path}`).set('Authorization', `Bearer ${token}`);
  const ok = async (path: string, body: object, status = 200): Promise<Json> => {
    const response = await post(path, body);
    if (response.status !== status) {
      throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as Json;
  };
  const portfolioOn = async (asOf: string) => {
    const response = await get(`/loan-portfolio?asOf=${asOf}`);
    expect(response.status).toBe(200);
    return response.body as Json;
  };

  beforeAll(async () => {
    t = await startLoansTestApp(kind);
    liaison = await t.tokenOf('demo.nhcsxh');
    admin = await t.tokenOf('demo.admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('forms savings-and-loan groups with members and a leader', async () => {
    ids.east = (
      await ok(
        '/savings-groups',
        { name: 'Tổ TK&VV thôn Đông 1', villageCode: VILLAGE_EAST, formedOn: '10/02/2022' },
        201,
      )
    ).groupId;
    ids.west = (
      await ok(
        '/savings-groups',
        { name: 'Tổ TK&VV thôn Tây 1', villageCode: VILLAGE_WEST, formedOn: '2022-02-12' },
        201,
      )
    ).groupId;
    for (const [group, person] of [
      [ids.east, 'p-an'],
      [ids.east, 'p-binh'],
      [ids.west, 'p-chi'],
    ] as const) {
      await ok(`/savings-groups/${group}/members`, {
        personId: person,
        householdId: `h-${person}`,
        joinedOn: '01/03/2022',
      });
    }
    const leader = await ok(`/savings-groups/${ids.east}/leader`, { personId: 'p-an', since: '01/03/2022' });
    expect(leader).toMatchObject({ leaderPersonId: 'p-an', memberCount: 2 });
    // The list is a read model: wait until it has caught up with the leader too, not just the groups.
    const groups = await eventually(async () => {
      const response = await get('/savings-groups');
      expect(response.body).toHaveLength(2);
      const listed = response.body as Json[];
      expect(listed.find((g) => g.groupId === ids.east)).toMatchObject({
        villageCode: VILLAGE_EAST,
        leaderPersonId: 'p-an',
      });
      return listed;
    });
    expect(groups.map((g) => g.groupId).sort()).toEqual([ids.east, ids.west].sort());
  });

  it('refuses an application above the programme maximum, for a non-member, for an ineligible household', async () => {
    const programmes = await get('/loan-programmes?on=01/03/2024');
    const jobCreation = (programmes.body.programmes as Json[]).find((p) => p.code === 'job_creation')!;
    expect(jobCreation).toMatchObject({ annualRateBasisPoints: 792 });
    const base = {
      borrowerPersonId: 'p-an',
      householdId: 'h-p-an',
      programmeCode: 'job_creation',
      amount: jobCreation.maxAmount + 1,
      termMonths: 12,
      purpose: 'Mở xưởng may',
      savingsGroupId: ids.east,
      appliedOn: '01/03/2024',
      jobsPromised: { count: 3, workerPersonIds: ['p-binh'] },
    };
    const above = await post('/loans', base);
    expect(above.status).toBe(422);
    expect(above.body).toMatchObject({ code: 'amount_above_programme_maximum' });
    expect(above.body.messages.vi).toContain('vượt quá mức tối đa');
    expect(above.body.messages.en).toContain("programme's maximum");

    const stranger = await post('/loans', { ...base, amount: 1_000_000, borrowerPersonId: 'p-chi' });
    expect(stranger.status).toBe(422);
    expect(stranger.body.code).toBe('borrower_not_in_group');

    const ineligible = await post('/loans', {
      ...base,
      programmeCode: 'poor_households',
      householdPovertyClass: 'average_living_standard',
      amount: 1_000_000,
      jobsPromised: null,
    });
    expect(ineligible.status).toBe(422);
    expect(ineligible.body.code).toBe('household_not_eligible');
  });

  it('takes the job-creation loan from application to disbursement with the hand-computed schedule', async () => {
    const applied = await ok(
      '/loans',
      {
        borrowerPersonId: 'p-an',
        householdId: 'h-p-an',
        householdPovertyClass: 'near_poor',
        programmeCode: 'job_creation',
        amount: 30_000_000,
        termMonths: 12,
        purpose: 'Mở xưởng may gia công, tuyển 3 lao động',
        savingsGroupId: ids.east,
        appliedOn: '01/03/2024',
        jobsPromised: { count: 3, workerPersonIds: ['p-binh'] },
      },
      201,
    );
    expect(applied.villageCode).toBe(VILLAGE_EAST);
    ids.job = applied.loanId;
    await ok(`/loans/${ids.job}/group-vote`, { votedOn: '05/03/2024', votesFor: 12, votesAgainst: 1 });
    const approved = await ok(`/loans/${ids.job}/approve`, {
      approvedOn: '08/03/2024',
      amount: 30_000_000,
      termMonths: 12,
    });
    expect(approved.status).toBe('approved');
    await ok(`/loans/${ids.job}/disbursements`, {
      disbursementId: 'GN-1',
      date: '15/03/2024',
      amount: 30_000_000,
    });
    await ok(`/loans/${ids.job}/schedule`, {
      setOn: '15/03/2024',
      frequency: 'quarterly',
      firstDueDate: '15/06/2024',
    });

    const loan = (await get(`/loans/${ids.job}?asOf=2024-03-15`)).body as Json;
    expect(loan.approval.annualRateBasisPoints).toBe(792);
    expect(loan.schedule.instalments).toEqual([
      { number: 1, dueDate: '2024-06-15', principal: 7_500_000, interest: 598_882 },
      expect.objectContaining({ number: 2, dueDate: '2024-09-15', principal: 7_500_000 }),
      expect.objectContaining({ number: 3, dueDate: '2024-12-15', principal: 7_500_000 }),
      expect.objectContaining({ number: 4, dueDate: '2025-03-15', principal: 7_500_000 }),
    ]);
  });

  it('refuses to disburse more than approved (bilingual)', async () => {
    const response = await post(`/loans/${ids.job}/disbursements`, { date: '20/03/2024', amount: 1 });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'disbursement_above_approved' });
    expect(response.body.message).toMatch(/vượt quá .* \/ The disbursement is above/);
  });

  it('records the other loans of the table, settles the water loan and refuses to repay it again', async () => {
    const water = await ok(
      '/loans',
      {
        borrowerPersonId: 'p-an',
        householdId: 'h-p-an',
        programmeCode: 'clean_water_sanitation',
        amount: 10_000_000,
        termMonths: 12,
        purpose: 'Xây bể nước',
        savingsGroupId: ids.east,
        appliedOn: '20/01/2024',
      },
      201,
    );
    ids.water = water.loanId;
    await ok(`/loans/${ids.water}/group-vote`, { votedOn: '20/01/2024', votesFor: 10, votesAgainst: 0 });
    await ok(`/loans/${ids.water}/approve`, { approvedOn: '20/01/2024', amount: 10_000_000, termMonths: 12 });
    await ok(`/loans/${ids.water}/disbursements`, { date: '01/02/2024', amount: 10_000_000 });
    await ok(`/loans/${ids.water}/schedule`, { setOn: '01/02/2024', frequency: 'quarterly' });
    const settled = await ok(`/loans/${ids.water}/repayments`, {
      repaymentId: 'TT-W1',
      date: '01/08/2024',
      principal: 10_000_000,
      interest: 450_000,
    });
    expect(settled).toMatchObject({ status: 'settled', events: ['RepaymentRecorded', 'LoanSettled'] });
    const again = await post(`/loans/${ids.water}/repayments`, {
      date: '02/08/2024',
      principal: 0,
      interest: 1_000,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'loan_settled',
      messages: { vi: 'Khoản vay đã tất toán', en: 'The loan is settled' },
    });

    const poor = await ok(
      '/loans',
      {
        borrowerPersonId: 'p-chi',
        householdId: 'h-p-chi',
        householdPovertyClass: 'poor',
        programmeCode: 'poor_households',
        amount: 40_000_000,
        termMonths: 24,
        purpose: 'Nuôi bò sinh sản',
        savingsGroupId: ids.west,
        appliedOn: '20/09/2024',
      },
      201,
    );
    ids.poor = poor.loanId;
    await ok(`/loans/${ids.poor}/group-vote`, { votedOn: '20/09/2024', votesFor: 9, votesAgainst: 0 });
    await ok(`/loans/${ids.poor}/approve`, { approvedOn: '25/09/2024', amount: 40_000_000, termMonths: 24 });
    await ok(`/loans/${ids.poor}/disbursements`, { date: '05/10/2024', amount: 40_000_000 });
    await ok(`/loans/${ids.poor}/schedule`, {
      setOn: '05/10/2024',
      frequency: 'quarterly',
      firstDueDate: '05/01/2025',
    });

    const rejected = await ok(
      '/loans',
      {
        borrowerPersonId: 'p-binh',
        householdId: 'h-p-binh',
        programmeCode: 'near_poor_households',
        amount: 20_000_000,
        termMonths: 36,
        purpose: 'Mua máy cày',
        savingsGroupId: ids.east,
        appliedOn: '01/04/2024',
      },
      201,
    );
    const rejection = await ok(`/loans/${rejected.loanId}/reject`, {
      rejectedOn: '10/04/2024',
      reason: 'Hộ không thuộc diện cận nghèo',
    });
    expect(rejection.status).toBe('rejected');
  });

  it('marks the late instalment overdue with the daily job, once, dated the day it became overdue', async () => {
    await ok(`/loans/${ids.job}/repayments`, {
      repaymentId: 'TT-1',
      date: '15/06/2024',
      principal: 7_500_000,
      interest: 598_882,
    });
    const job = t.app.get(MarkOverdueJob);
    // The read model lists the active loans the job walks.
    await eventually(async () => expect((await get('/loans?status=disbursed')).body).toHaveLength(2));
    expect((await job.run('2024-09-15')).marked).toEqual([]);

    // Through the queue of the mode, with an injected "today".
    const queue = t.app.get<JobQueue>(JOB_QUEUE);
    const jobId = await queue.enqueue(
      MARK_OVERDUE_JOB,
      { today: '2024-09-16' },
      { jobId: `loans-test-${kind}-0916` },
    );
    await eventually(async () => expect((await queue.getJob(jobId))?.state).toBe('completed'));
    const loan = (await get(`/loans/${ids.job}?asOf=2024-09-16`)).body as Json;
    expect(loan.overdueHistory).toEqual([
      { scheduleVersion: 1, instalmentNumber: 2, overdueSince: '2024-09-16' },
    ]);
    expect(loan.arrears).toMatchObject({ overduePrincipal: 7_500_000, daysPastDue: 1 });

    const second = await job.run('2024-09-16');
    expect(second.marked).toEqual([]);
    expect(second.loansChecked).toBe(2);
  });

  it('shows the late instalment in the 1–30 bucket on 15 Oct and in the 31–90 bucket on 16 Oct', async () => {
    await eventually(async () => {
      const portfolio = await portfolioOn('2024-10-16');
      expect(portfolio.overduePrincipal).toBe(EXPECTED['2024-10-16'].overduePrincipal);
    });
    const on16 = await portfolioOn('2024-10-16');
    expect(on16).toMatchObject(EXPECTED['2024-10-16']);
    expect(on16.outstandingBySavingsGroup).toEqual({ [ids.east!]: 22_500_000, [ids.west!]: 40_000_000 });
    expect(on16.overdueLoans).toEqual([
      expect.objectContaining({
        loanId: ids.job,
        daysPastDue: 31,
        bucket: 'days_31_90',
        overduePrincipal: 7_500_000,
      }),
    ]);
    expect((await portfolioOn('2024-10-15')).arrearsByBucket).toEqual(EXPECTED['2024-10-15'].arrearsByBucket);
    const east = (await get(`/loan-portfolio?asOf=2024-10-16&unit=${VILLAGE_EAST}`)).body as Json;
    expect(east.outstandingPrincipal).toBe(22_500_000);
    expect(east.overdueRatioBasisPoints).toBe(3_333); // 7,500,000 ÷ 22,500,000 = 33.33 %
  });

  it('takes the second, late repayment and the portfolio is clear again', async () => {
    const repaid = await ok(`/loans/${ids.job}/repayments`, {
      repaymentId: 'TT-2',
      date: '20/11/2024',
      principal: 7_500_000,
      interest: 771_386,
    });
    expect(repaid.status).toBe('disbursed');
    await eventually(async () =>
      expect((await portfolioOn('2024-11-20')).outstandingPrincipal).toBe(55_000_000),
    );
    expect(await portfolioOn('2024-11-20')).toMatchObject(EXPECTED['2024-11-20']);
    // A past date still reads the same.
    expect(await portfolioOn('2024-10-16')).toMatchObject(EXPECTED['2024-10-16']);
    const loan = (await get(`/loans/${ids.job}?asOf=2024-11-20`)).body as Json;
    expect(loan).toMatchObject({
      principalRepaid: 15_000_000,
      interestPaid: 598_882 + 771_386,
      outstandingPrincipal: 15_000_000,
    });
  });

  it('counts the jobs the loan created from loan-financed JobStarted events', async () => {
    const event = (jobSeekerId: string, channel: string, loanId: string | null) => ({
      eventId: newEventId(),
      type: 'JobStarted',
      schemaVersion: 1,
      data: {
        jobSeekerId,
        jobId: `job-${jobSeekerId}`,
        date: '2024-04-01',
        employerId: null,
        channel,
        domestic: true,
        vacancyId: null,
        loanId,
        occupationCode: null,
      },
      metadata: {
        occurredOn: '2024-04-01',
        actor: 'test',
        orgUnit: VILLAGE_EAST,
        correlationId: newEventId(),
        causationId: null,
      },
    });
    // As the job-seekers context records them: one loan-financed start, one placement that is not.
    await t.store.append(`JobSeeker-js-binh`, [event('js-binh', 'loan_financed', ids.job!)], 'any');
    await t.store.append(`JobSeeker-js-cuong`, [event('js-cuong', 'placement', null)], 'any');
    const jobs = await eventually(async () => {
      const portfolio = await portfolioOn('2024-11-20');
      expect(portfolio.jobs.created).toBe(1);
      return portfolio.jobs as Json;
    });
    expect(jobs).toEqual({
      promised: 3,
      created: 1,
      byLoan: [{ loanId: ids.job, promised: 3, created: 1, workerPersonIds: ['js-binh'] }],
    });
  });

  it('lists what falls due in the next 30 days per group, and a borrower’s history', async () => {
    const list = (await get('/loan-work-list?from=10/12/2024&days=30')).body as Json;
    expect(list).toMatchObject({ from: '2024-12-10', until: '2025-01-09' });
    expect(list.groups).toEqual([
      expect.objectContaining({
        savingsGroupId: ids.east,
        instalments: [
          expect.objectContaining({
            loanId: ids.job,
            instalmentNumber: 3,
            dueDate: '2024-12-15',
            unpaidPrincipal: 7_500_000,
          }),
        ],
      }),
      expect.objectContaining({
        savingsGroupId: ids.west,
        instalments: [
          expect.objectContaining({
            loanId: ids.poor,
            instalmentNumber: 1,
            dueDate: '2025-01-05',
            unpaidPrincipal: 5_000_000,
          }),
        ],
      }),
    ]);
    const onlyWest = (await get(`/loan-work-list?from=10/12/2024&group=${ids.west}`)).body as Json;
    expect(onlyWest.groups).toHaveLength(1);

    const history = (await get('/borrowers/p-an/loans')).body as Json[];
    expect(history.map((loan) => [loan.loanId, loan.status])).toEqual([
      [ids.water, 'settled'],
      [ids.job, 'disbursed'],
    ]);
    const byProgramme = (await get('/loans?programme=job_creation')).body as Json[];
    expect(byProgramme.map((loan) => loan.loanId)).toEqual([ids.job]);
  });

  it('shows a village head of another village none of the east village’s loans', async () => {
    const head = await t.tokenOf('demo.thon2');
    expect((await get(`/loans/${ids.job}`, head)).status).toBe(403);
    expect((await get('/loans', head)).status).toBe(403);

    // Even as the loan liaison of the west village, only west loans show.
    const users = (await get('/admin/users', admin)).body as Json[];
    const thon2 = users.find((user) => user.username === 'demo.thon2')!;
    const granted = await post(
      `/admin/users/${thon2.userId}/grants`,
      { role: 'loan_liaison', unitCode: VILLAGE_WEST },
      admin,
    );
    expect(granted.status).toBe(200);
    const westLiaison = await t.tokenOf('demo.thon2');
    expect((await get(`/loans/${ids.job}`, westLiaison)).status).toBe(403);
    expect(
      (
        await post(
          `/loans/${ids.job}/repayments`,
          { date: '01/12/2024', principal: 1, interest: 0 },
          westLiaison,
        )
      ).status,
    ).toBe(403);
    const visible = (await get('/loans', westLiaison)).body as Json[];
    expect(visible.map((loan) => loan.loanId)).toEqual([ids.poor]);
    const portfolio = (await get('/loan-portfolio?asOf=2024-10-16', westLiaison)).body as Json;
    expect(portfolio).toMatchObject({
      outstandingPrincipal: 40_000_000,
      overduePrincipal: 0,
      outstandingByVillage: { [VILLAGE_WEST]: 40_000_000 },
    });
    expect((await get('/borrowers/p-an/loans', westLiaison)).body).toEqual([]);
  });
});
