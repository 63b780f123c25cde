import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreatePersonDto, PersonQueryDto, UpdatePersonDto } from './dto/person.dto';
import { PersonService } from './person.service';

@ApiTags('people')
@Controller('people')
export class PersonController {
  constructor(private readonly people: PersonService) {}

  @Get() @Can('readPlan') findPeople(@Query() query: PersonQueryDto) {
    return this.people.findPeople(query);
  }

  @Get(':id') @Can('readPlan') getPerson(@Param('id', IdPipe) id: string) {
    return this.people.getPerson(id);
  }

  @Post() @Can('managePlan') createPerson(@Body() dto: CreatePersonDto, @CurrentActor() actor: Actor) {
    return this.people.createPerson(dto, actor);
  }

  @Patch(':id') @Can('managePlan') updatePerson(@Param('id', IdPipe) id: string, @Body() dto: UpdatePersonDto, @CurrentActor() actor: Actor) {
    return this.people.updatePerson(id, dto, actor);
  }
}
