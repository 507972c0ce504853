import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { createValidationPipe } from '@vieclam/platform/command-handling';
import { Logger } from '@vieclam/platform/logging';
import { serveWebUi } from './web-ui';

export const API_PREFIX = 'api';
/** Commands are small JSON documents; a larger body is a mistake or an attack. */
export const BODY_LIMIT = '1mb';

function setupOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ViecLam Ledger API')
      .setDescription(
        'Theo dõi hồ sơ việc làm, đào tạo nghề, xuất khẩu lao động và giảm nghèo của xã. / ' +
          "Case tracking for a commune's jobs, vocational training, labour export and poverty reduction.",
      )
      .setVersion('0.1.0')
      // Relative: the document is right wherever the API is reached (LAN address, proxy, localhost).
      .addServer('/', 'Máy chủ này / This server')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}

/**
 * Everything `main.ts` applies to the app, shared with the end-to-end tests so they exercise the
 * same security headers, limits, validation and error format. Call before `listen` / `init`.
 * CORS stays off: the web UI is served from the same origin.
 */
export function configureApp(app: NestExpressApplication): void {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  // No `upgrade-insecure-requests`: a commune server is often reached over plain http on the LAN,
  // where that directive would make the browser fetch every script over https and fail.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  // whitelist + forbidNonWhitelisted + transform, with per-field errors in Vietnamese and English.
  app.useGlobalPipes(createValidationPipe());
  setupOpenApi(app);
  serveWebUi(app);
}
