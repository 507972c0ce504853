import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { csvBody } from './csv-body.middleware';
import { OrgUnitCommands } from './org-unit-commands.service';
import { OrgUnitsController } from './org-units.controller';

/**
 * `/api/units`: the dated unit tree and its changes. Needs `AdminModule` (global: the guard and the
 * `OrgUnitDirectory`) and `CommandHandlingModule`.
 */
@Module({
  controllers: [OrgUnitsController],
  providers: [OrgUnitCommands],
  exports: [OrgUnitCommands],
})
export class OrgUnitsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBody).forRoutes({ path: 'units/import', method: RequestMethod.POST });
  }
}
