import { Buffer } from 'node:buffer';

/**
 * The smallest H.264 encoder that real decoders accept: Constrained Baseline, one IDR picture per
 * frame, one slice per picture, every macroblock I_PCM (raw 8-bit samples, 4:2:0), so there is no
 * prediction, transform or entropy coding to get wrong. NAL units come with emulation prevention;
 * the caller frames them (MP4 wants 4-byte length prefixes and SPS/PPS in avcC).
 */
class Bits {
  readonly bytes: number[] = [];
  private current = 0;
  private count = 0;

  bit(b: number): void {
    this.current = (this.current << 1) | (b & 1);
    if (++this.count === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.count = 0;
    }
  }

  u(value: number, n: number): void {
    if (n === 8 && this.count === 0) {
      this.bytes.push(value & 0xff);
      return;
    }
    for (let i = n - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  /** Exp-Golomb, unsigned. */
  ue(value: number): void {
    const code = value + 1;
    const length = 32 - Math.clz32(code);
    this.u(0, length - 1);
    this.u(code, length);
  }

  se(value: number): void {
    this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }

  alignZero(): void {
    while (this.count !== 0) this.bit(0);
  }

  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  trailing(): number[] {
    this.bit(1);
    this.alignZero();
    return this.bytes;
  }
}

/** NAL unit: header byte, then the RBSP with emulation-prevention bytes inserted. */
function nal(refIdc: number, type: number, rbsp: ArrayLike<number>): Buffer {
  const out: number[] = [(refIdc << 5) | type];
  let zeros = 0;
  for (let i = 0; i < rbsp.length; i++) {
    const b = rbsp[i]!;
    if (zeros >= 2 && b <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(b);
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

const LEVEL_IDC = 30;

export function sps(width: number, height: number): Buffer {
  const b = new Bits();
  b.u(66, 8); // profile_idc: Baseline
  b.u(0b11000000, 8); // constraint_set0 + constraint_set1: Constrained Baseline
  b.u(LEVEL_IDC, 8);
  b.ue(0); // seq_parameter_set_id
  b.ue(0); // log2_max_frame_num_minus4
  b.ue(2); // pic_order_cnt_type: output order is decoding order
  b.ue(1); // max_num_ref_frames
  b.u(0, 1); // gaps_in_frame_num_value_allowed_flag
  b.ue(width / 16 - 1);
  b.ue(height / 16 - 1);
  b.u(1, 1); // frame_mbs_only_flag
  b.u(1, 1); // direct_8x8_inference_flag
  b.u(0, 1); // frame_cropping_flag
  b.u(0, 1); // vui_parameters_present_flag
  return nal(3, 7, b.trailing());
}

export function pps(): Buffer {
  const b = new Bits();
  b.ue(0); // pic_parameter_set_id
  b.ue(0); // seq_parameter_set_id
  b.u(0, 1); // entropy_coding_mode_flag: CAVLC
  b.u(0, 1); // bottom_field_pic_order_in_frame_present_flag
  b.ue(0); // num_slice_groups_minus1
  b.ue(0); // num_ref_idx_l0_default_active_minus1
  b.ue(0); // num_ref_idx_l1_default_active_minus1
  b.u(0, 1); // weighted_pred_flag
  b.u(0, 2); // weighted_bipred_idc
  b.se(0); // pic_init_qp_minus26
  b.se(0); // pic_init_qs_minus26
  b.se(0); // chroma_qp_index_offset
  b.u(1, 1); // deblocking_filter_control_present_flag
  b.u(0, 1); // constrained_intra_pred_flag
  b.u(0, 1); // redundant_pic_cnt_present_flag
  return nal(3, 8, b.trailing());
}

const I_PCM = 25;

/** One IDR picture of I_PCM macroblocks from RGBA (BT.601 limited range, 4:2:0). */
export function idrSlice(rgba: Uint8Array, width: number, height: number, idrPicId: number): Buffer {
  const luma = new Uint8Array(width * height);
  const cb = new Uint8Array((width / 2) * (height / 2));
  const cr = new Uint8Array((width / 2) * (height / 2));
  const clamp = (v: number) => Math.min(255, Math.max(1, Math.round(v)));
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [rgba[i * 4]! / 255, rgba[i * 4 + 1]! / 255, rgba[i * 4 + 2]! / 255];
    luma[i] = clamp(16 + 65.481 * r + 128.553 * g + 24.966 * b);
  }
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < width / 2; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const i = ((y * 2 + dy) * width + x * 2 + dx) * 4;
        r += rgba[i]! / 255 / 4;
        g += rgba[i + 1]! / 255 / 4;
        b += rgba[i + 2]! / 255 / 4;
      }
      cb[y * (width / 2) + x] = clamp(128 - 37.797 * r - 74.203 * g + 112 * b);
      cr[y * (width / 2) + x] = clamp(128 + 112 * r - 93.786 * g - 18.214 * b);
    }
  }
  const bits = new Bits();
  bits.ue(0); // first_mb_in_slice
  bits.ue(7); // slice_type: I, and every slice of the picture is I
  bits.ue(0); // pic_parameter_set_id
  bits.u(0, 4); // frame_num (log2_max_frame_num = 4); 0 for IDR
  bits.ue(idrPicId);
  bits.u(0, 1); // no_output_of_prior_pics_flag
  bits.u(0, 1); // long_term_reference_flag
  bits.se(0); // slice_qp_delta
  bits.ue(1); // disable_deblocking_filter_idc: off
  for (let my = 0; my < height / 16; my++) {
    for (let mx = 0; mx < width / 16; mx++) {
      bits.ue(I_PCM);
      bits.alignZero(); // pcm_alignment_zero_bit
      for (let y = 0; y < 16; y++)
        for (let x = 0; x < 16; x++) bits.u(luma[(my * 16 + y) * width + mx * 16 + x]!, 8);
      for (const plane of [cb, cr]) {
        for (let y = 0; y < 8; y++)
          for (let x = 0; x < 8; x++) bits.u(plane[(my * 8 + y) * (width / 2) + mx * 8 + x]!, 8);
      }
    }
  }
  return nal(3, 5, bits.trailing());
}
