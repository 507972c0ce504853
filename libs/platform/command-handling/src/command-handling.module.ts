import { Module, type DynamicModule, type InjectionToken, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import type { EventStore } from '@vieclam/platform/event-store';
import { CommandExecutor, EVENT_STORE } from './command-executor';
import { HttpErrorFilter } from './http/http-error.filter';
import {
  IDEMPOTENCY_OPTIONS,
  IDEMPOTENCY_STORE,
  IdempotencyInterceptor,
  type IdempotencyOptions,
} from './idempotency/idempotency.interceptor';
import type { IdempotencyStore } from './idempotency/idempotency-store';

/** How to obtain a dependency: a value, a factory, or another provider's token. */
export type ProvidedBy<T> =
  | { useValue: T }
  | { useExisting: InjectionToken }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest factories take any injected values
  | { useFactory: (...args: any[]) => T | Promise<T>; inject?: InjectionToken[] };

export interface CommandHandlingOptions {
  eventStore: ProvidedBy<EventStore>;
  idempotencyStore: ProvidedBy<IdempotencyStore>;
  idempotency?: IdempotencyOptions;
  /**
   * Register {@link HttpErrorFilter} and {@link IdempotencyInterceptor} for every route (default
   * true). The interceptor only acts on POST/PUT/PATCH requests that send `Idempotency-Key`.
   */
  registerGlobally?: boolean;
}

/**
 * Command execution for the API: {@link CommandExecutor}, the error filter and the idempotency
 * interceptor. Needs `CqrsModule.forRoot()` imported once by the application (for the EventBus).
 */
@Module({})
export class CommandHandlingModule {
  static forRoot(options: CommandHandlingOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: EVENT_STORE, ...options.eventStore } as Provider,
      { provide: IDEMPOTENCY_STORE, ...options.idempotencyStore } as Provider,
      { provide: IDEMPOTENCY_OPTIONS, useValue: options.idempotency ?? {} },
      CommandExecutor,
      IdempotencyInterceptor,
      HttpErrorFilter,
    ];
    if (options.registerGlobally ?? true) {
      providers.push(
        { provide: APP_FILTER, useExisting: HttpErrorFilter },
        { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
      );
    }
    return {
      module: CommandHandlingModule,
      global: true,
      providers,
      exports: [EVENT_STORE, IDEMPOTENCY_STORE, CommandExecutor, IdempotencyInterceptor, HttpErrorFilter],
    };
  }
}
