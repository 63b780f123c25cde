import { Column, Index } from 'typeorm';

/**
 * The local area a row belongs to. Filled in by the database from the writer's local area (the
 * `app.local_area_ids` setting, when it names exactly one), and compared with that setting by the
 * table's row-level security policy, so a row can be neither read nor written outside its area.
 */
export function LocalAreaColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    Index()(target, property);
    Column({ type: 'uuid', nullable: options.nullable ?? false, default: () => 'app_local_area_id()' })(target, property);
  };
}
