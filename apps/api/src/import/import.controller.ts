import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CommitImportDto, ImportQueryDto, UpdateImportDto, UploadImportDto } from './dto/import.dto';
import { readImportUpload } from './import-upload';
import { ImportResponse } from './import.response';
import { ImportService } from './import.service';

/** Imports are the plan manager's (and an administrator's): they can rewrite a whole plan. */
@ApiTags('imports')
@Controller('imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  /** Uploads a tracker (.xlsx or .csv) and answers its preview; nothing is written to the plan yet. */
  @Post()
  @Can('importPlan')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadImportDto, description: 'multipart/form-data: a `file` part (.xlsx or .csv, at most 25MB), and `planId` to update a plan or `title` and `localArea` for a new one' })
  @ApiCreatedResponse({ type: ImportResponse })
  async uploadImport(@Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    return this.imports.uploadImport(await readImportUpload(request), actor);
  }

  @Get(':id')
  @Can('importPlan')
  @ApiOkResponse({ type: ImportResponse })
  getImport(@Param('id', IdPipe) id: string, @Query() query: ImportQueryDto) {
    return this.imports.getImport(id, query);
  }

  /** Changes the column mapping, the rows to skip, the sheet or the header row; answers the new preview. */
  @Patch(':id')
  @Can('importPlan')
  @ApiOkResponse({ type: ImportResponse })
  updateImport(@Param('id', IdPipe) id: string, @Body() dto: UpdateImportDto, @Query() query: ImportQueryDto, @CurrentActor() actor: Actor) {
    return this.imports.updateImport(id, dto, actor, query);
  }

  /** Writes the whole import to the plan in one transaction, or nothing (409 while it has problems). */
  @Post(':id/commit')
  @Can('importPlan')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportResponse })
  commitImport(@Param('id', IdPipe) id: string, @Body() dto: CommitImportDto, @CurrentActor() actor: Actor) {
    return this.imports.commitImport(id, dto, actor);
  }
}
