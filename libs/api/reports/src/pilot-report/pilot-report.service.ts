import { Injectable } from '@nestjs/common';
import { AuthUser } from '@ketqua/api/core';
import { PilotReportInput } from './dto/pilot-report.input';
import { PilotReportModel } from './models/pilot-report.model';

@Injectable()
export class PilotReportService {
  async report(_user: AuthUser, _input: PilotReportInput): Promise<PilotReportModel> {
    throw new Error('not implemented yet');
  }
}
