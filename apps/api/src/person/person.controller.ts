import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageOf } from '../common/api-response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { PersonResponse } from './person.response';
import { CreatePersonDto, PersonQueryDto, UpdatePersonDto } from './dto/person.dto';
import { PersonService } from './person.service';

@ApiTags('people')
@Controller('people')
export class PersonController {
  constructor(private readonly people: PersonService) {}

  @ApiOkResponse({ type: PageOf(PersonResponse) })
  @Get() @Can('readPlan') findPeople(@Query() query: PersonQueryDto) {
    return this.people.findPeople(query);
  }

  @ApiOkResponse({ type: PersonResponse })
  @Get(':id') @Can('readPlan') getPerson(@Param('id', IdPipe) id: string) {
    return this.people.getPerson(id);
  }

  @ApiCreatedResponse({ type: PersonResponse })
  @Post() @Can('managePlan') createPerson(@Body() dto: CreatePersonDto, @CurrentActor() actor: Actor) {
    return this.people.createPerson(dto, actor);
  }

  @ApiOkResponse({ type: PersonResponse })
  @Patch(':id') @Can('managePlan') updatePerson(@Param('id', IdPipe) id: string, @Body() dto: UpdatePersonDto, @CurrentActor() actor: Actor) {
    return this.people.updatePerson(id, dto, actor);
  }
}
