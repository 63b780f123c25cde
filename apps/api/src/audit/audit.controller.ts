import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageOf } from '../common/api-response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { AuditEventResponse } from './audit.response';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first. */
  @Get()
  @ApiOkResponse({ type: PageOf(AuditEventResponse) })
  @Can('readAudit')
  findEvents(@Query() query: AuditQueryDto, @CurrentActor() actor: Actor) {
    return this.audit.findEvents(query, actor);
  }
}
