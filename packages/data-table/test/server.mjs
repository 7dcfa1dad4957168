// Test-only endpoints for @web/test-runner (see the root web-test-runner.config.mjs): the
// fake CKAN and failing servers of @minga/data's tests, plus a slow CSV.
import { middleware as dataMiddleware } from '../../data/test/server.mjs';

const slowCsv = async (ctx, next) => {
  if (ctx.path !== '/slow.csv') return next();
  const ms = Math.min(Number(ctx.query.ms) || 500, 10_000);
  await new Promise((resolve) => setTimeout(resolve, ms));
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = 'Nombre,Valor\r\nUno,1\r\nDos,2\r\n';
};

export const middleware = [...dataMiddleware, slowCsv];
