import { Module } from '@nestjs/common';
import { SelfEvaluationController } from './self-evaluation.controller';
import { SelfEvaluationService } from './self-evaluation.service';

/** The partnership's self-evaluation against the inspection framework. */
@Module({ controllers: [SelfEvaluationController], providers: [SelfEvaluationService], exports: [SelfEvaluationService] })
export class SelfEvaluationModule {}
