/**
 * 上传证件照 (guide 二.1): the upload gate. A photo chosen or dropped is
 * checked before the page uploads it; one with an error is held until the
 * applicant fixes it (修正照片, 使用修正后的照片) or keeps it (仍然使用原图).
 * The gate's state is lib/photo-gate/gate.ts, what it draws lib/photo-gate/views.ts.
 *
 * Steps: photo, basicInfo, form.
 * Replica: tests/site/public/028/client/declare/photo.jsp
 */
import type { FeatureDefinition } from '../assistant/feature';
import { PhotoGate, type PhotoServices } from '../photo-gate/gate';

export type { PhotoServices };

export function makePhotoFeature(services: PhotoServices = {}): FeatureDefinition {
  return {
    // 上传证件照 is the photo step; other pages (个人基本信息 on some platforms,
    // pages we cannot place) may carry a photo field too, and only it is gated there.
    steps: ['photo', 'basicInfo', 'form'],
    init(ctx, signal) {
      new PhotoGate(ctx, signal, services).start();
    },
  };
}
