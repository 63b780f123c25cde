import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow, READERS } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateOrganisationDto, OrganisationQueryDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get() @Allow(...READERS) findOrganisations(@Query() query: OrganisationQueryDto) {
    return this.organisations.findOrganisations(query);
  }

  @Get(':id') @Allow(...READERS) getOrganisation(@Param('id', IdPipe) id: string) {
    return this.organisations.getOrganisation(id);
  }

  @Post() @Allow('plan_manager') createOrganisation(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.createOrganisation(dto, actor);
  }

  @Patch(':id') @Allow('plan_manager') updateOrganisation(@Param('id', IdPipe) id: string, @Body() dto: UpdateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.updateOrganisation(id, dto, actor);
  }
}
