import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateMeasureDto } from './dto/create-measure.dto';
import { MeasureAsAtQueryDto, MeasureQueryDto } from './dto/measure-query.dto';
import { CreateMeasureValueDto, UpdateMeasureValueDto } from './dto/measure-value.dto';
import { UpdateMeasureDto } from './dto/update-measure.dto';
import { MeasureDetailResponse, MeasureResponse, MeasureValueResponse } from './measure.response';
import { MeasureService } from './measure.service';

@ApiTags('measures')
@Controller()
export class MeasureController {
  constructor(private readonly measures: MeasureService) {}

  /** Every measure of the plan with its latest value, status and trend. */
  @Get('plans/:planId/measures')
  @ApiOkResponse({ type: MeasureResponse, isArray: true })
  @Can('readPlan')
  findPlanMeasures(@Param('planId', IdPipe) planId: string, @Query() query: MeasureQueryDto) {
    return this.measures.findPlanMeasures(planId, query);
  }

  /** The measure with its series (oldest first) and trajectory points for a chart. */
  @Get('measures/:id')
  @ApiOkResponse({ type: MeasureDetailResponse })
  @Can('readPlan')
  getMeasure(@Param('id', IdPipe) id: string, @Query() query: MeasureAsAtQueryDto) {
    return this.measures.getMeasure(id, query.asAt);
  }

  @Post('measures')
  @ApiCreatedResponse({ type: MeasureDetailResponse })
  @Can('managePlan')
  createMeasure(@Body() dto: CreateMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.createMeasure(dto, actor);
  }

  @Patch('measures/:id')
  @ApiOkResponse({ type: MeasureDetailResponse })
  @Can('managePlan')
  updateMeasure(@Param('id', IdPipe) id: string, @Body() dto: UpdateMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.updateMeasure(id, dto, actor);
  }

  /** Plan managers, and action owners on measures that evidence their actions. One value per period end: a second value for the same date is refused with 409 (correct it with PATCH). */
  @Post('measures/:id/values')
  @ApiCreatedResponse({ type: MeasureValueResponse })
  @Can('addMeasureValue')
  addMeasureValue(@Param('id', IdPipe) id: string, @Body() dto: CreateMeasureValueDto, @CurrentActor() actor: Actor) {
    return this.measures.addMeasureValue(id, dto, actor);
  }

  @Patch('measure-values/:id')
  @ApiOkResponse({ type: MeasureValueResponse })
  @Can('addMeasureValue')
  updateMeasureValue(@Param('id', IdPipe) id: string, @Body() dto: UpdateMeasureValueDto, @CurrentActor() actor: Actor) {
    return this.measures.updateMeasureValue(id, dto, actor);
  }
}
