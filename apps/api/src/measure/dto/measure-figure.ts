import { applyDecorators } from '@nestjs/common';
import { MEASURE_FIGURE_MAX } from '@send/domain';
import { IsNumber, Max, Min } from 'class-validator';

/** A figure of a measure: a finite number within ± MEASURE_FIGURE_MAX. */
export const IsMeasureFigure = (field: string) => {
  const range = { message: `${field} must be between -${MEASURE_FIGURE_MAX} and ${MEASURE_FIGURE_MAX}` };
  return applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${field} must be a number` }),
    Min(-MEASURE_FIGURE_MAX, range),
    Max(MEASURE_FIGURE_MAX, range),
  );
};
