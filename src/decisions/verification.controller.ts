import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ValidateText } from '@app/common/dto.decorators';
import { Public } from '@app/common/access.decorators';
import { PublicVerificationDto } from '@app/decisions/dto/document.dto';
import { VerificationService } from '@app/decisions/verification.service';

export class VerificationCodeParam {
  @ValidateText({ max: 32, description: 'Mã tra cứu printed under the QR code, e.g. 7F3K9-XQ2AB' })
  code!: string;
}

@ApiTags('verification')
@Controller('verify')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Public()
  // Per client address (as Fastify derives it under TRUST_PROXY), so the code space cannot be walked; counted in Redis,
  // so neither a restart nor a second API process starts the count again. The API has one named throttler, given its
  // own limit here.
  @UseGuards(ThrottlerGuard)
  @Throttle({ login: { limit: 60, ttl: 60_000 } })
  @Get(':code')
  @ApiOperation({ summary: 'Tra cứu quyết định xử phạt: check a printed decision by its code (public, no login)' })
  @ApiOkResponse({ type: PublicVerificationDto, description: 'The decision and its standing: in force, amended, corrected or annulled, with the decision that changed it' })
  @ApiNotFoundResponse({ description: 'No issued decision has this code' })
  @ApiTooManyRequestsResponse({ description: 'More than 60 look-ups a minute from one address' })
  verify(@Param() { code }: VerificationCodeParam): Promise<PublicVerificationDto> {
    return this.verification.verify(code);
  }
}
