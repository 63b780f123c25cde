import { Module } from '@nestjs/common';
import { NoticeListener } from './notice-listener';

/** The one connection per process that listens for the database's notices, shared by every cache that relies on them. */
@Module({ providers: [NoticeListener], exports: [NoticeListener] })
export class NoticeListenerModule {}
