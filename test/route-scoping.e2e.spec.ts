/**
 * Issue 3 acceptance on the real app (AppModule + configureApp, embedded SQLite, demo accounts):
 * every route the Nest router serves is enumerated; a counsellor records a case in village XMT-01;
 * then users of every role OUTSIDE XMT-01 (the demo village head of XMT-02 and one user per role
 * on a new village XMT-09) call every read and write route with the XMT-01 ids. They get 403, or
 * 404 for a hidden record, or a 2xx body without any of the XMT-01 data — never the data. A route
 * this test cannot fill (unknown path parameter, write without a plausible body, new public or
 * self route) fails it, so a new endpoint gets covered.
 */
import type { RouteAccess } from '@vieclam/admin';
import { findUnguardedRoutes, listRouteAccess, ROLES } from '@vieclam/admin';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { EventStore } from '@vieclam/platform/event-store';
import { RUNTIME, type Runtime } from '@vieclam/platform/runtime';
import { createUserAccount } from '../libs/admin/src/application/users/user-commands';
import { eventually } from '../libs/job-seekers/src/application/testing/job-seekers-test-app';
import { startRealApp, type RealApp } from './real-app';

/** The objects a route's path parameters and bodies are filled with (ids, the unit code). */
type Objects = Record<ObjectKey, string>;
type ObjectKey =
  | 'jobSeekerId'
  | 'vacancyId'
  | 'employerId'
  | 'agencyId'
  | 'referralId'
  | 'userId'
  | 'unitCode'
  | 'savingsGroupId'
  | 'loanId'
  | 'courseId'
  | 'placementId'
  | 'planId';

/** `<segment before>/:param` → the object that fills it. A missing entry fails the test. */
const PARAMS: Record<string, (o: Objects) => string> = {
  'job-seekers/:id': (o) => o.jobSeekerId,
  'vacancies/:id': (o) => o.vacancyId,
  'referrals/:referralId': (o) => o.referralId,
  'users/:userId': (o) => o.userId,
  'units/:code': (o) => o.unitCode,
  'streams/:streamId': (o) => `JobSeeker-${o.jobSeekerId}`,
  'subjects/:subjectId': (o) => o.jobSeekerId,
  'personal-data/:subjectId': (o) => o.jobSeekerId,
  'savings-groups/:id': (o) => o.savingsGroupId,
  'members/:personId': (o) => o.jobSeekerId,
  'loans/:id': (o) => o.loanId,
  'borrowers/:personId': (o) => o.jobSeekerId,
  'courses/:id': (o) => o.courseId,
  'placements/:id': (o) => o.placementId,
  'plans/:id': (o) => o.planId,
};

/**
 * Objects of the other contexts: created through their API with the documented example body
 * aimed at XMT-01 (`route`), then found in the event log by category and unit.
 */
const CREATED_FROM_EXAMPLES: { key?: ObjectKey; route: string; category: string }[] = [
  { key: 'savingsGroupId', route: 'POST /savings-groups', category: 'SavingsGroup' },
  { key: 'loanId', route: 'POST /loans', category: 'PolicyLoan' },
  { key: 'courseId', route: 'POST /courses', category: 'TrainingCourse' },
  { key: 'placementId', route: 'POST /overseas/placements', category: 'OverseasPlacement' },
  { key: 'planId', route: 'POST /plans', category: 'Plan' },
  { route: 'POST /reports/submit', category: 'Report' },
];

/** Body properties naming a unit or an object: aimed at the given objects. */
const BODY_TARGETS: Record<string, (o: Objects) => string> = {
  unit: (o) => o.unitCode,
  unitCode: (o) => o.unitCode,
  villageCode: (o) => o.unitCode,
  parentCode: (o) => o.unitCode,
  jobSeekerId: (o) => o.jobSeekerId,
  personId: (o) => o.jobSeekerId,
  borrowerPersonId: (o) => o.jobSeekerId,
  vacancyId: (o) => o.vacancyId,
  employerId: (o) => o.employerId,
  licensedEnterpriseId: (o) => o.agencyId,
  savingsGroupId: (o) => o.savingsGroupId,
  courseId: (o) => o.courseId,
  placementId: (o) => o.placementId,
};

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** A plausible body for each write route, aimed at XMT-01. A missing entry fails the test. */
const BODIES: Record<string, (o: Objects) => object> = {
  'POST /admin/users': () => ({
    username: 'ke.gian',
    displayName: 'Kẻ Gian',
    password: 'mat-khau-du-dai-10',
    role: 'counsellor',
    unitCode: 'XMT-01',
  }),
  'POST /admin/users/:userId/grants': () => ({ role: 'admin', unitCode: 'XMT-01' }),
  'POST /admin/users/:userId/grants/revoke': () => ({ role: 'village_head', unitCode: 'XMT-01' }),
  'POST /admin/users/:userId/disable': () => ({ reason: 'Thử phân quyền' }),
  'POST /admin/users/:userId/enable': () => ({}),
  'POST /units': () => ({
    code: 'XMT-01-X',
    name: 'Xóm Lạ',
    level: 'village',
    parentCode: 'XMT-01',
    validFrom: '2026-01-01',
  }),
  // A file must hold each unit's whole history; a new commune beside XMT is the simplest one.
  'POST /units/import': () => ({
    csv: [
      'code,name,level,parentCode,validFrom,validTo',
      '33,Tỉnh Hưng Yên,province,,1997-01-01,',
      'XMZ,Xã Lạ,commune,33,2026-01-01,',
    ].join('\n'),
  }),
  // A placement outside an order (the documented example names an order of the example data).
  'POST /overseas/placements': (o) => ({
    jobSeekerId: o.jobSeekerId,
    orderId: null,
    country: 'JP',
    programme: 'japan_technical_intern',
    licensedEnterpriseId: o.agencyId,
    on: today,
  }),
  // The annual report (no month), so that the insider's read of the submission finds it.
  'POST /reports/submit': (o) => ({ unit: o.unitCode, year: 2025 }),
  'POST /units/:code/reparent': () => ({ parentCode: 'XMT-09', from: '2026-01-01' }),
  'POST /units/:code/rename': () => ({ name: 'Thôn Đổi Tên', from: '2026-01-01' }),
  'POST /units/:code/end': () => ({ validTo: '2026-01-01', successorCodes: [], reason: 'Thử' }),
  'POST /personal-data/:subjectId/erase': (o) => ({
    reason: 'subject_request',
    subjectStream: `JobSeeker-${o.jobSeekerId}`,
  }),
  'POST /job-seekers': () => ({ ...person('Đặng Văn Lạ', '033195007777', 'XMT-01'), phone: '0900000007' }),
  'PATCH /job-seekers/:id': () => ({ phone: '0900000008' }),
  'POST /job-seekers/:id/labour-status': () => ({ status: 'employed', asOf: today }),
  'POST /job-seekers/:id/close': () => ({ on: today, reason: 'Thử' }),
  'POST /job-seekers/:id/reopen': () => ({ on: today }),
  'POST /job-seekers/:id/consultations': () => ({ date: today, topics: ['career_orientation'] }),
  'POST /job-seekers/:id/referrals': (o) => ({ vacancyId: o.vacancyId, date: today }),
  'POST /job-seekers/:id/referrals/:referralId/outcome': () => ({ outcome: 'rejected', date: today }),
  'POST /job-seekers/:id/job-starts': (o) => ({
    date: today,
    employerId: o.employerId,
    channel: 'placement',
    domestic: true,
  }),
  'POST /job-seekers/:id/job-ends': () => ({ jobId: 'job-1', date: today, reason: 'Thử' }),
  'POST /employers': () => ({
    name: 'Công ty Lạ',
    address: 'Thôn Đông',
    unitCode: 'XMT-01',
    contact: { person: 'Ai Đó', phone: '0900000009' },
  }),
  'POST /vacancies': (o) => vacancy(o.employerId, 'XMT-01', 'Việc lạ'),
  'PATCH /vacancies/:id': () => ({ count: 9 }),
  'POST /vacancies/:id/close': () => ({ on: today, reason: 'Thử' }),
};

/** Query strings list routes are also called with, asking for XMT-01 explicitly. */
const QUERIES: Record<string, string[]> = {
  'GET /job-seekers': ['village=XMT-01', 'q=Hoang Thi Bi Mat', 'followUpDue=true'],
  'GET /work-list': ['mine=false'],
  'GET /vacancies': ['occupation=7212'],
};

/** Reachable without a token: reviewed one by one. */
const PUBLIC_ROUTES = ['GET /health', 'POST /auth/login', 'POST /auth/refresh', 'POST /auth/logout'];
/** Any signed-in user: the caller's own account, and the unit tree (names and codes, no people). */
const SELF_ROUTES = ['GET /auth/me', 'POST /auth/password', 'GET /units', 'GET /units/:code'];

function person(fullName: string, citizenId: string, villageCode: string) {
  return {
    fullName,
    citizenId,
    dateOfBirth: '12/04/1995',
    sex: 'female',
    villageCode,
    phone: null,
    address: null,
    educationLevel: 'upper_secondary',
    occupationCodes: ['7212'],
    skills: ['hàn điện'],
    desiredWage: 8_000_000,
    willingToWorkAway: true,
    willingToGoAbroad: false,
  };
}

function vacancy(employerId: string, villageCode: string, title: string) {
  return {
    employerId,
    occupationCode: '7212',
    title,
    count: 2,
    place: { villageCode },
    wage: { min: 7_000_000, max: 10_000_000 },
    skills: ['hàn điện'],
    closingDate: '31/12/2099',
  };
}

/** A request with the route's method (supertest has one function per method). */
function requestOf(t: RealApp, method: string, url: string) {
  const http = t.http();
  switch (method) {
    case 'GET':
      return http.get(url);
    case 'POST':
      return http.post(url);
    case 'PATCH':
      return http.patch(url);
    case 'PUT':
      return http.put(url);
    case 'DELETE':
      return http.delete(url);
    default:
      throw new Error(`the sweep does not know the method ${method}`);
  }
}

const keyOf = (route: Pick<RouteAccess, 'method' | 'path'>) => `${route.method} ${route.path}`;

type Schema = {
  $ref?: string;
  example?: unknown;
  enum?: unknown[];
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; example?: unknown; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** The operation of a route in the served OpenAPI document. */
function operationOf(doc: OpenAPIObject, route: Pick<RouteAccess, 'method' | 'path'>): Operation | undefined {
  const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
  return (doc.paths[path] as Record<string, Operation> | undefined)?.[route.method.toLowerCase()];
}

/** A value built from the documented examples of a schema (undefined when none is documented). */
function exampleOf(doc: OpenAPIObject, schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return exampleOf(doc, doc.components?.schemas?.[name], depth + 1);
  }
  if (schema.example !== undefined) return schema.example;
  const alternatives = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const parts = alternatives.map((part) => exampleOf(doc, part, depth + 1));
    const objects = parts.filter((part): part is object => typeof part === 'object' && part !== null);
    return objects.length > 0 ? Object.assign({}, ...objects) : parts.find((part) => part !== undefined);
  }
  if (schema.enum) return schema.enum[0];
  if (schema.properties) {
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties)) {
      const example = exampleOf(doc, property, depth + 1);
      if (example !== undefined) value[name] = example;
    }
    return value;
  }
  if (schema.type === 'array') {
    const item = exampleOf(doc, schema.items, depth + 1);
    return item === undefined ? [] : [item];
  }
  return undefined;
}

/** Unit and object properties of a body aimed at the given objects. */
function aimedAt(value: unknown, objects: Objects): unknown {
  if (Array.isArray(value)) return value.map((item) => aimedAt(item, objects));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, property]) => {
      const target = BODY_TARGETS[name];
      return [name, target && typeof property === 'string' ? target(objects) : aimedAt(property, objects)];
    }),
  );
}

/**
 * The body to send: the hand-written one, else the documented JSON example aimed at the objects;
 * undefined when the route takes a body and neither exists (the test then fails).
 */
function bodyFor(doc: OpenAPIObject, route: RouteAccess, objects: Objects): object | undefined {
  const written = BODIES[keyOf(route)];
  if (written) return written(objects);
  const content = operationOf(doc, route)?.requestBody?.content;
  if (!content) return {};
  const example = exampleOf(doc, content['application/json']?.schema);
  return typeof example === 'object' && example !== null ? (aimedAt(example, objects) as object) : undefined;
}

/** The required query parameters of a route (e.g. `unit` and `year` of a report), aimed at the objects. */
function requiredQueryOf(doc: OpenAPIObject, route: RouteAccess, objects: Objects): string {
  const parameters = (operationOf(doc, route)?.parameters ?? []).filter(
    (p) => p.in === 'query' && p.required,
  );
  return parameters
    .map((p) => {
      const target = BODY_TARGETS[p.name];
      const value = target ? target(objects) : (p.example ?? p.schema?.example ?? p.schema?.enum?.[0] ?? '1');
      return `${encodeURIComponent(p.name)}=${encodeURIComponent(JSON.stringify(value).replace(/^"|"$/g, ''))}`;
    })
    .join('&');
}

/** The path with its parameters and required query filled, or the parameters it cannot fill. */
function fill(
  doc: OpenAPIObject,
  route: RouteAccess,
  objects: Objects,
): { url: string } | { missing: string[] } {
  const segments = route.path.split('/');
  const missing: string[] = [];
  const filled = segments.map((segment, i) => {
    if (!segment.startsWith(':')) return segment;
    const key = `${segments[i - 1] ?? ''}/${segment}`;
    const filler = PARAMS[key];
    if (!filler) missing.push(key);
    return filler ? encodeURIComponent(filler(objects)) : segment;
  });
  if (missing.length > 0) return { missing };
  const query = requiredQueryOf(doc, route, objects);
  return { url: `/api${filled.join('/')}${query ? `?${query}` : ''}` };
}

/** The id of the first stream of `category` recorded in `unit`. */
async function streamIn(store: EventStore, category: string, unit: string): Promise<string | undefined> {
  for (let from: string | undefined = undefined; ;) {
    const page = await store.readAll({ from, limit: 1000, filter: { categories: [category] } });
    const first = page.events.find((event) => event.streamRevision === 0 && event.metadata.orgUnit === unit);
    if (first) return first.streamId.slice(category.length + 1);
    if (page.isEnd) return undefined;
    from = page.lastPosition;
  }
}

describe('route scoping on the real app: outside the unit, never the data', () => {
  let t: RealApp;
  let routes: RouteAccess[];
  /** The XMT-01 case recorded by the counsellor. */
  let inside: Objects;
  /** XMT-01 strings no outsider may ever receive. */
  let secrets: string[];
  const outsiders = new Map<string, string>();
  let admin: string;
  let leader: string;
  /** Objects of XMT-09, recorded by its own counsellor (for the "own objects" sweep). */
  let own: Objects;
  let doc: OpenAPIObject;
  /** Objects of other contexts the setup could not create (reported by a test of their own). */
  const setupProblems: string[] = [];
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const secretPerson = { ...person('Hoàng Thị Bí Mật', '033195004321', 'XMT-01'), phone: '0912000111' };

  async function created(response: { status: number; body: Record<string, unknown> }, what: string) {
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  beforeAll(async () => {
    t = await startRealApp();
    // `@Get()` on a controller lists as `/job-seekers/`; Express serves it without the slash.
    routes = listRouteAccess(t.app).map((route) => ({ ...route, path: route.path.replace(/(.)\/$/, '$1') }));
    doc = (await t.http().get('/api/docs-json')).body as OpenAPIObject;
    const counsellor = await t.tokenOf('demo.tuvan');
    admin = await t.tokenOf('demo.admin');
    const post = (token: string, url: string, body: object) => t.http().post(url).set(as(token)).send(body);

    const jobSeeker = await created(await post(counsellor, '/api/job-seekers', secretPerson), 'register');
    const jobSeekerId = jobSeeker.jobSeekerId as string;
    await created(
      await post(counsellor, `/api/job-seekers/${jobSeekerId}/consultations`, {
        date: today,
        topics: ['job_search_support'],
        notes: 'Ghi chú riêng tư về Bí Mật',
        followUpOn: today,
      }),
      'consultation',
    );
    const employer = await created(
      await post(counsellor, '/api/employers', {
        name: 'Xưởng Hàn Thôn Đông Bí Mật',
        address: 'Thôn Đông',
        unitCode: 'XMT-01',
        contact: { person: 'Chủ Xưởng Bí Mật', phone: '0912000222' },
      }),
      'employer',
    );
    const employerId = employer.employerId as string;
    const opened = await created(
      await post(counsellor, '/api/vacancies', vacancy(employerId, 'XMT-01', 'Thợ hàn Thôn Đông Bí Mật')),
      'vacancy',
    );
    const vacancyId = opened.vacancyId as string;
    const agency = await created(
      await post(counsellor, '/api/employers', {
        name: 'Công ty Xuất khẩu Lao động Bí Mật',
        address: 'Thôn Đông',
        unitCode: 'XMT-01',
        contact: { person: 'Giám đốc Bí Mật', phone: '0912000444' },
        overseasLicence: { licenceNo: '123/LĐTBXH-GP', issuedOn: '15/06/2021' },
      }),
      'licensed enterprise',
    );
    const referral = await created(
      await post(counsellor, `/api/job-seekers/${jobSeekerId}/referrals`, { vacancyId, date: today }),
      'referral',
    );
    const users = (await t.http().get('/api/admin/users').set(as(admin))).body as {
      userId: string;
      username: string;
    }[];
    const thon1 = users.find((user) => user.username === 'demo.thon1');
    if (!thon1) throw new Error(`demo.thon1 not in the users list: ${JSON.stringify(users)}`);
    inside = {
      jobSeekerId,
      vacancyId,
      employerId,
      agencyId: agency.employerId as string,
      referralId: referral.referralId as string,
      userId: thon1.userId,
      unitCode: 'XMT-01',
      savingsGroupId: 'none',
      loanId: 'none',
      courseId: 'none',
      placementId: 'none',
      planId: 'none',
    };
    // The demo adopts the seed plan (and submits a report) in the background once its data has
    // loaded; wait for it, so the plan and report below are created against a settled state.
    await eventually(async () => {
      const plans = await t.http().get('/api/plans?unit=XMT').set(as(admin));
      expect(plans.status).toBe(200);
      expect(JSON.stringify(plans.body)).toContain('58/KH-UBND');
      const demoReport = await t
        .http()
        .get('/api/reports/submitted?unit=XMT&year=2025&month=6')
        .set(as(admin));
      expect(demoReport.status).toBe(200);
    }, 60_000);
    const store = t.app.get<Runtime>(RUNTIME).eventStore;
    for (const { key, route: routeKey, category } of CREATED_FROM_EXAMPLES) {
      const route = routes.find((candidate) => keyOf(candidate) === routeKey);
      if (!route) continue; // the context is not in the app (yet)
      const body = bodyFor(doc, route, inside);
      const response = await requestOf(t, route.method, `/api${route.path}`).set(as(admin)).send(body);
      // Plans are a commune's; every other object belongs to the village.
      const id = (await streamIn(store, category, 'XMT-01')) ?? (await streamIn(store, category, 'XMT'));
      if (id === undefined) {
        setupProblems.push(`${routeKey} with ${JSON.stringify(body)}: ${response.status} ${response.text}`);
      } else if (key) {
        inside[key] = id;
      }
      if (key === 'savingsGroupId' && id !== undefined) {
        // The borrower of the loan below must be a member of the group.
        const join = await t
          .http()
          .post(`/api/savings-groups/${id}/members`)
          .set(as(admin))
          .send(
            aimedAt(
              exampleOf(doc, { $ref: '#/components/schemas/JoinSavingsGroupRequest' }),
              inside,
            ) as object,
          );
        if (join.status >= 300) setupProblems.push(`join the savings group: ${join.status} ${join.text}`);
      }
    }
    secrets = [
      // A plan's number is a public document reference that every unit's report names.
      ...Object.entries(inside)
        .filter(([key, value]) => key !== 'planId' && value !== 'XMT-01' && value !== 'none')
        .map(([, value]) => value),
      'demo.thon1',
      secretPerson.fullName,
      secretPerson.citizenId,
      secretPerson.phone,
      'Bí Mật',
      'XMT-01',
    ];

    // A village outside XMT-01 with one user of every role, and the demo village head of XMT-02.
    await created(
      await post(admin, '/api/units', {
        code: 'XMT-09',
        name: 'Thôn Ngoài',
        level: 'village',
        parentCode: 'XMT',
        validFrom: '2020-01-01',
      }),
      'unit XMT-09',
    );
    // Created on the store (no forced password change) and logged in through the API: the auth
    // routes allow 30 requests a minute per IP, so the test spends them sparingly.
    for (const role of ROLES) {
      const username = `ngoai.${role.replace(/_/g, '-')}`;
      const { password } = await createUserAccount(
        store,
        {
          username,
          displayName: `Người ngoài (${role})`,
          mustChangePassword: false,
          grants: [{ role, unitCode: 'XMT-09' }],
        },
        { actor: 'system' },
      );
      const login = await t.http().post('/api/auth/login').send({ username, password });
      outsiders.set(role, (await created(login, `login ${role}`)).accessToken as string);
    }
    outsiders.set('village_head of XMT-02 (demo.thon2)', await t.tokenOf('demo.thon2'));

    // XMT-09's own case, matching the XMT-01 vacancy's occupation, to catch leaks through matching.
    const ownCounsellor = outsiders.get('counsellor')!;
    const ownSeeker = await created(
      await post(ownCounsellor, '/api/job-seekers', person('Vũ Văn Ngoài', '033195005555', 'XMT-09')),
      'own job seeker',
    );
    const ownEmployer = await created(
      await post(ownCounsellor, '/api/employers', {
        name: 'Xưởng Thôn Ngoài',
        address: 'Thôn Ngoài',
        unitCode: 'XMT-09',
        contact: { person: 'Chủ Ngoài', phone: '0912000333' },
      }),
      'own employer',
    );
    const ownVacancy = await created(
      await post(
        ownCounsellor,
        '/api/vacancies',
        vacancy(ownEmployer.employerId as string, 'XMT-09', 'Thợ hàn'),
      ),
      'own vacancy',
    );
    own = {
      jobSeekerId: ownSeeker.jobSeekerId as string,
      vacancyId: ownVacancy.vacancyId as string,
      employerId: ownEmployer.employerId as string,
      agencyId: 'none',
      referralId: 'no-referral',
      userId: 'no-user',
      unitCode: 'XMT-09',
      savingsGroupId: 'none',
      loanId: 'none',
      courseId: 'none',
      placementId: 'none',
      planId: 'none',
    };

    // Projections are eventually consistent: wait until an insider's lists show both cases, so an
    // outsider's empty list means "filtered", not "not projected yet".
    leader = await t.tokenOf('demo.lanhdao');
    await eventually(async () => {
      for (const [url, wanted] of [
        ['/api/job-seekers', [jobSeekerId, own.jobSeekerId]],
        ['/api/vacancies', [vacancyId, own.vacancyId]],
        ['/api/employers', [employerId, own.employerId]],
        ['/api/work-list', [jobSeekerId]],
      ] as const) {
        const text = JSON.stringify((await t.http().get(url).set(as(leader))).body);
        for (const id of wanted) expect(text).toContain(id);
      }
      const users = JSON.stringify((await t.http().get('/api/admin/users').set(as(admin))).body);
      expect(users).toContain('ngoai.counsellor');
      // The plan and the submitted report are read models too.
      if (inside.planId !== 'none') {
        expect((await t.http().get(`/api/plans/${inside.planId}`).set(as(leader))).status).toBe(200);
      }
      const submitted = await t.http().get('/api/reports/submitted?unit=XMT-01&year=2025').set(as(leader));
      expect(submitted.status).toBe(200);
    }, 30_000);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('enumerates the routes of every context from the Nest router, none without an access rule', () => {
    expect(findUnguardedRoutes(t.app)).toEqual([]);
    const keys = routes.map(keyOf);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'GET /admin/users',
        'GET /job-seekers/:id',
        'GET /vacancies/:id/candidates',
        'GET /job-seekers/:id/vacancies',
        'GET /health',
      ]),
    );
    // Every route Express actually serves under /api is among the enumerated ones.
    const express = t.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const served = express.router.stack
      .filter((layer) => layer.route?.path.startsWith('/api/'))
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route!.path.slice('/api'.length)}`),
      );
    expect(served.length).toBeGreaterThanOrEqual(routes.length);
    // Not controller routes: the request logger (middleware Nest mounts for every method) and the
    // Swagger UI with the OpenAPI document (public by design: the API's shape, no data).
    const notEndpoints = (key: string) =>
      / \/\{\*path\}$/.test(key) || / \/docs(-json|-yaml|\/.*)?$/.test(key);
    expect([...new Set(served)].filter((key) => !keys.includes(key) && !notEndpoints(key))).toEqual([]);
  });

  it('has exactly the reviewed public and self routes; every other route needs a permission', () => {
    expect(
      routes
        .filter((r) => r.rule === 'public')
        .map(keyOf)
        .sort(),
    ).toEqual([...PUBLIC_ROUTES].sort());
    expect(
      routes
        .filter((r) => r.rule === 'authenticated')
        .map(keyOf)
        .sort(),
    ).toEqual([...SELF_ROUTES].sort());
  });

  it('creates an XMT-01 object of every context from its documented example', () => {
    expect(setupProblems).toEqual([]);
  });

  it('a commune leader does see the XMT-01 case (so the sweep below can fail)', async () => {
    const profile = await t.http().get(`/api/job-seekers/${inside.jobSeekerId}`).set(as(leader));
    expect(profile.status).toBe(200);
    expect(profile.body.profile.fullName).toBe(secretPerson.fullName);
    const list = await t.http().get('/api/job-seekers?village=XMT-01').set(as(leader));
    expect(JSON.stringify(list.body)).toContain(secretPerson.fullName);
    const vacancyRead = await t.http().get(`/api/vacancies/${inside.vacancyId}`).set(as(leader));
    expect(vacancyRead.status).toBe(200);
    expect(JSON.stringify(vacancyRead.body)).toContain(inside.vacancyId);
  });

  it('every read route the sweep calls answers an insider with 2xx for the XMT-01 objects', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET' && r.rule === 'permission')) {
      const target = fill(doc, route, inside);
      if ('missing' in target) continue; // reported by the sweep
      const response = await t.http().get(target.url).set(as(admin));
      if (response.status >= 300) problems.push(`${keyOf(route)} → ${response.status} ${response.body.code}`);
    }
    expect(problems).toEqual([]);
  });

  /**
   * Calls every permission route with the XMT-01 objects (writes with a plausible body) and
   * returns what is wrong: a leak, a successful write, a status other than 403/404, a route the
   * tables cannot fill.
   */
  async function sweep(token: string, options: { readsOnly?: boolean } = {}) {
    const problems: string[] = [];
    const calls: string[] = [];
    for (const route of routes.filter((r) => r.rule === 'permission')) {
      if (options.readsOnly && route.method !== 'GET') continue;
      const key = keyOf(route);
      const target = fill(doc, route, inside);
      if ('missing' in target) {
        problems.push(`${key}: add its path parameters ${target.missing.join(', ')} to PARAMS`);
        continue;
      }
      const joiner = target.url.includes('?') ? '&' : '?';
      const urls = [target.url, ...(QUERIES[key] ?? []).map((query) => `${target.url}${joiner}${query}`)];
      for (const url of urls) {
        let response;
        if (route.method === 'GET') {
          response = await t.http().get(url).set(as(token));
        } else {
          const body = bodyFor(doc, route, inside);
          if (!body) {
            problems.push(
              `${key}: document a JSON example of its body, or add one aimed at XMT-01 to BODIES`,
            );
            continue;
          }
          response = await requestOf(t, route.method, url).set(as(token)).send(body);
        }
        calls.push(`${route.method} ${url} → ${response.status}`);
        const text = response.text ?? '';
        if (response.status >= 200 && response.status < 300) {
          // Only a read may succeed, and only without the data (e.g. an empty, filtered list).
          if (route.method !== 'GET')
            problems.push(`${key}: a write into XMT-01 succeeded (${response.status})`);
          const leaked = secrets.filter((secret) => text.includes(secret));
          if (leaked.length > 0) problems.push(`${key} (${url}): leaked ${leaked.join(', ')}`);
        } else if (response.status !== 403 && response.status !== 404) {
          problems.push(`${key} (${url}): ${response.status} ${text.slice(0, 400)}`);
        }
      }
    }
    return { problems, calls };
  }

  it('the sweep does catch the data: run as the commune leader (inside), it reports the XMT-01 reads', async () => {
    const { problems } = await sweep(leader, { readsOnly: true });
    const leakedRoutes = problems
      .filter((problem) => problem.includes('leaked'))
      .map((p) => p.split(' (')[0]);
    expect(leakedRoutes).toEqual(
      expect.arrayContaining([
        'GET /job-seekers',
        'GET /job-seekers/:id',
        'GET /vacancies/:id',
        'GET /employers',
      ]),
    );
  });

  it.each([...ROLES.map((role) => role as string), 'village_head of XMT-02 (demo.thon2)'])(
    'as %s outside XMT-01: 403, a hidden 404 or no XMT-01 data, on every read and write route',
    async (who) => {
      const { problems, calls } = await sweep(outsiders.get(who)!);
      expect(problems).toEqual([]);
      // Nothing was skipped: every permission route was called at least once.
      expect(calls.length).toBeGreaterThanOrEqual(routes.filter((r) => r.rule === 'permission').length);
    },
    60_000,
  );

  it.each([...ROLES.map((role) => role as string)])(
    'as %s of XMT-09, reads of its own objects (matching, audit, timelines) carry no XMT-01 data',
    async (who) => {
      const token = outsiders.get(who)!;
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.method === 'GET' && r.rule !== 'public')) {
        const target = fill(doc, route, own);
        if ('missing' in target) continue; // reported by the sweep above
        const response = await t.http().get(target.url).set(as(token));
        if (response.status >= 500 || response.status === 401 || response.status === 400) {
          problems.push(`${keyOf(route)}: ${response.status} ${response.text.slice(0, 200)}`);
        }
        // XMT-01 may appear in the unit tree (codes and names of units are not personal data).
        const leaked = secrets.filter(
          (secret) =>
            response.text.includes(secret) && !(secret === 'XMT-01' && route.path.startsWith('/units')),
        );
        if (leaked.length > 0) problems.push(`${keyOf(route)} (${target.url}): leaked ${leaked.join(', ')}`);
      }
      expect(problems).toEqual([]);
    },
    60_000,
  );

  it('self routes return only the caller: /auth/me, /auth/password, and /my/units', async () => {
    for (const [who, token] of outsiders) {
      const me = await t.http().get('/api/auth/me').set(as(token));
      expect(me.status).toBe(200);
      expect(me.body.user.userId).not.toBe(inside.userId);
      expect(me.body.grants.map((g: { unitCode: string }) => g.unitCode)).not.toContain('XMT-01');
      expect({ who, leaked: secrets.filter((s) => JSON.stringify(me.body).includes(s)) }).toEqual({
        who,
        leaked: [],
      });
      const units = await t.http().get('/api/my/units').set(as(token));
      if (units.status === 200) {
        expect(units.body.map((u: { code: string }) => u.code)).not.toContain('XMT-01');
      } else {
        expect(units.status).toBe(403);
      }
    }
    // A password change needs the caller's own current password: another user's is refused.
    const thon2 = outsiders.get('village_head of XMT-02 (demo.thon2)')!;
    const wrong = await t
      .http()
      .post('/api/auth/password')
      .set(as(thon2))
      .send({ currentPassword: 'not-the-password', newPassword: 'whatever-long-enough' });
    expect(wrong.status).toBe(401);
    // The unit tree is reference data (names, codes, dates), the same for everyone, with no people.
    const tree = await t.http().get('/api/units').set(as(thon2));
    expect(tree.status).toBe(200);
    const text = JSON.stringify(tree.body);
    expect(secrets.filter((s) => s !== 'XMT-01' && text.includes(s))).toEqual([]);
  });

  it('public routes give nothing without credentials; every other route answers 401', async () => {
    expect((await t.http().get('/api/health')).status).toBe(200);
    expect((await t.http().post('/api/auth/refresh').send({})).status).toBe(401);
    expect((await t.http().post('/api/auth/logout').send({})).status).toBe(204);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'demo.thon1', password: 'sai-mat-khau' });
    expect(login.status).toBe(401);
    for (const route of routes.filter((r) => r.rule !== 'public')) {
      const target = fill(doc, route, inside);
      if ('missing' in target) continue;
      const response = await requestOf(t, route.method, target.url).send(bodyFor(doc, route, inside) ?? {});
      expect({ route: keyOf(route), status: response.status }).toEqual({ route: keyOf(route), status: 401 });
    }
  });
});
