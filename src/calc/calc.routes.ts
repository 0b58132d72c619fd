/**
 * /api/v1/calc/… and /api/v1/rules: the public calculator (no login — the "Simulasi Iuran & Manfaat"
 * page works for anyone). Rate-limited per IP because it is open. POST bodies (not query strings) keep
 * a NIK out of URLs and access logs; like every POST they need `X-Requested-With: lindung`.
 */
import type { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { errorSchema } from '../http/types';
import * as schemas from './calc.schemas';
import * as responses from './calc.responses';
import * as calc from './calc.service';
import { checkNik } from './nik-check.service';
import { calculatePlan } from './plan.service';

/** Computes-as-you-type sends a request per pause in typing; this leaves room for that, not for scraping. */
const LIMIT = { max: 120, timeWindow: '1 minute' };
const PLAN_LIMIT = { max: 60, timeWindow: '1 minute' };

function post<B extends z.ZodType, R extends z.ZodType>(summary: string, body: B, response: R, limit = LIMIT) {
  return {
    config: { rateLimit: limit },
    schema: { tags: ['calc'], summary, body, response: { 200: response, 400: errorSchema, 429: errorSchema } },
  };
}

export function calcRoutes(app: App, { db, clock }: RouteDeps) {
  app.post('/api/v1/calc/contribution',
    post('Monthly JKK + JKM contribution (iuran) of one participant, line by line', schemas.contributionInput, responses.contributionResult),
    async (request) => calc.calculateContribution(db, request.body, request.lang, clock));

  app.post('/api/v1/calc/benefit/jkm',
    post('JKM benefit: death not caused by work, with the scholarship entitlement', schemas.jkmInput, responses.jkmResult),
    async (request) => calc.calculateJkmBenefit(db, request.body, clock));

  app.post('/api/v1/calc/benefit/jkk-death',
    post('JKK benefit for death from a work accident (48 × wage + periodic + funeral)', schemas.wageBenefitInput, responses.jkkDeathResult),
    async (request) => calc.calculateJkkDeathBenefit(db, request.body, clock));

  app.post('/api/v1/calc/benefit/jkk-disability',
    post('JKK benefit for total (56 × wage) or partial (% × 80 × wage) permanent disability', schemas.disabilityInput, responses.disabilityResult),
    async (request) => calc.calculateDisabilityBenefit(db, request.body, clock));

  app.post('/api/v1/calc/benefit/jkk-stmb',
    post('JKK temporary incapacity (STMB): 100% of wage for 12 months, 50% after', schemas.stmbInput, responses.stmbResult),
    async (request) => calc.calculateStmbBenefit(db, request.body, clock));

  app.post('/api/v1/calc/plan',
    post('Programme budget plan: month by month, shortfall or surplus, heads and months the budget carries', schemas.planInput, responses.planResult, PLAN_LIMIT),
    async (request) => calculatePlan(db, request.body, request.lang));

  app.post('/api/v1/calc/nik',
    post('Check a NIK: structure, region of first registration, birth date and sex', schemas.nikInput, responses.nikResult),
    async (request) => checkNik(db, request.body, request.lang, clock));

  app.get('/api/v1/rules', {
    config: { rateLimit: LIMIT },
    schema: {
      tags: ['calc'], summary: 'Regulation rules in force on a day, with legal basis and confidence',
      querystring: schemas.rulesQuery, response: { 200: responses.rulesResult, 400: errorSchema },
    },
  }, async (request) => calc.listRulesInForce(db, request.query.on, clock));
}
