import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageOf } from '../common/api-response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { OrganisationResponse } from './organisation.response';
import { CreateOrganisationDto, OrganisationQueryDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @ApiOkResponse({ type: PageOf(OrganisationResponse) })
  @Get() @Can('readPlan') findOrganisations(@Query() query: OrganisationQueryDto) {
    return this.organisations.findOrganisations(query);
  }

  @ApiOkResponse({ type: OrganisationResponse })
  @Get(':id') @Can('readPlan') getOrganisation(@Param('id', IdPipe) id: string) {
    return this.organisations.getOrganisation(id);
  }

  @ApiCreatedResponse({ type: OrganisationResponse })
  @Post() @Can('managePlan') createOrganisation(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.createOrganisation(dto, actor);
  }

  @ApiOkResponse({ type: OrganisationResponse })
  @Patch(':id') @Can('managePlan') updateOrganisation(@Param('id', IdPipe) id: string, @Body() dto: UpdateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.updateOrganisation(id, dto, actor);
  }
}
