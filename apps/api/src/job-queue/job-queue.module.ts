import { Global, Module } from '@nestjs/common';
import { JobQueueService } from './job-queue.service';

/** The one job queue of the app (see JobQueueService), for every feature that has slow or timed work. */
@Global()
@Module({ providers: [JobQueueService], exports: [JobQueueService] })
export class JobQueueModule {}
