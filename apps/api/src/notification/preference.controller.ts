import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can, Public } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { UnsubscribeDto, UnsubscribeQueryDto, UpdatePreferencesDto } from './dto/preference.dto';
import { PreferencesResponse, UnsubscribeResponse } from './notification.response';
import { PreferenceService } from './preference.service';

@ApiTags('notifications')
@Controller('notification-preferences')
export class PreferenceController {
  constructor(private readonly preferences: PreferenceService) {}

  /** The signed-in person's email choices: each kind on or off, and their digest day. */
  @Get()
  @ApiOkResponse({ type: PreferencesResponse })
  @Can('signedIn')
  getPreferences(@CurrentActor() actor: Actor) {
    return this.preferences.getPreferences(actor.id as string);
  }

  @Put()
  @ApiOkResponse({ type: PreferencesResponse })
  @Can('signedIn')
  updatePreferences(@Body() dto: UpdatePreferencesDto, @CurrentActor() actor: Actor) {
    return this.preferences.updatePreferences(actor, dto);
  }
}

/**
 * The unsubscribe link in every email: works without signing in, for the one kind of email and
 * the one person its signed token names, until it expires.
 */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: PreferenceService) {}

  /** What the link would stop, for the page to ask before it does. */
  @Get()
  @ApiOkResponse({ type: UnsubscribeResponse })
  @Public()
  describe(@Query() query: UnsubscribeQueryDto) {
    return this.preferences.describeUnsubscribe(query.token);
  }

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: UnsubscribeResponse })
  @Public()
  unsubscribe(@Body() dto: UnsubscribeDto) {
    return this.preferences.unsubscribe(dto.token);
  }
}
