/**
 * A compile-time check between a service's answer and the response schema a route declares. The zod
 * serializer drops every key its schema does not describe — silently, so a field added to a service but
 * not to its schema would vanish from the API and from the web's generated types. `Uncovered` lists such
 * keys as paths ('.items[].plan.total'); routes assert it is `never` with `ResponseCovers`.
 */
import type { z } from 'zod';

type Leaf = string | number | boolean | bigint | null | undefined | Date;
/** Every key of every member of a union (plain `keyof` keeps only the common ones). */
type AllKeys<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type ItemOf<T> = T extends readonly (infer I)[] ? I : never;

/** The key paths present in `Service` (what a service returns) and missing from `Schema` (a schema's output). */
export type Uncovered<Service, Schema, Path extends string = ''> =
  Service extends Leaf ? never
    : Service extends readonly (infer Item)[] ? Uncovered<Item, ItemOf<Schema>, `${Path}[]`>
      : { [K in keyof Service & string]-?: K extends AllKeys<Schema>
        ? Uncovered<Service[K], ValueAt<Schema, K>, `${Path}.${K}`>
        : `${Path}.${K}` }[keyof Service & string];

/** `const _: Covered<typeof service, typeof schema> = true` compiles only when every key survives; else it names the missing ones. */
export type Covered<Service, Schema extends z.ZodType> = CoveredWhen<Uncovered<Awaited<Service>, z.output<Schema>>>;
type CoveredWhen<Missing> = [Missing] extends [never] ? true : { missingFromResponseSchema: Missing };
