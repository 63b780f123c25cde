import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can, InstallationAdmin } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { CreateLocalAreaDto } from './dto/create-local-area.dto';
import { LocalAreaSummary } from './local-area-summary';
import { CreatedLocalAreaResponse, LocalAreaResponse } from './local-area.response';
import { LocalAreaService } from './local-area.service';

@ApiTags('local-areas')
@Controller('local-areas')
export class LocalAreaController {
  constructor(private readonly localAreas: LocalAreaService) {}

  /** Every local area on the installation: its administrators only. */
  @Get()
  @InstallationAdmin()
  @ApiOkResponse({ type: LocalAreaResponse, isArray: true })
  listLocalAreas(@CurrentActor() actor: Actor) {
    return this.localAreas.listLocalAreas(actor);
  }

  /** A new local area and its first administrator, with a random password shown this once. */
  @Post()
  @InstallationAdmin()
  @ApiCreatedResponse({ type: CreatedLocalAreaResponse })
  createLocalArea(@Body() dto: CreateLocalAreaDto, @CurrentActor() actor: Actor) {
    return this.localAreas.createLocalArea(dto, actor);
  }

  /** Each of the user's local areas' headline figures: an adviser's several, side by side. */
  @Get('summary')
  @Can('readPlan')
  @ApiOkResponse({ type: LocalAreaSummary, isArray: true })
  summarise() {
    return this.localAreas.summarise();
  }
}
