import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InstallationAdmin } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { AdvisedLocalAreasDto } from './dto/advised-local-areas.dto';
import { AdviserResponse } from './local-area.response';
import { LocalAreaService } from './local-area.service';

/** Advisers (DfE, NHS England) and the local areas each is given to read: the installation's administrators decide. */
@ApiTags('local-areas')
@Controller('advisers')
export class AdviserController {
  constructor(private readonly localAreas: LocalAreaService) {}

  /** Every account with the adviser role, in whichever local area, with the areas it reads. */
  @Get()
  @InstallationAdmin()
  @ApiOkResponse({ type: AdviserResponse, isArray: true })
  listAdvisers(@CurrentActor() actor: Actor) {
    return this.localAreas.listAdvisers(actor);
  }

  /** The local areas an adviser reads besides their own, replaced; their sessions see the change at once. */
  @Put(':userId/local-areas')
  @InstallationAdmin()
  @ApiOkResponse({ type: AdviserResponse })
  setAdvisedLocalAreas(@Param('userId', IdPipe) userId: string, @Body() dto: AdvisedLocalAreasDto, @CurrentActor() actor: Actor) {
    return this.localAreas.setAdvisedLocalAreas(userId, dto.localAreaIds, actor);
  }
}
