import { ValidationError } from '../../core/errors.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { UNIT_KINDS, type UnitKind } from '../../core/types.ts';
import { isEmail, isPhone, isSortOrder } from '../../core/validation/fields.ts';
import type { UnitRow } from '../../db/schema.ts';

/** The editable fields of a unit, as typed in the form. */
export interface UnitFields {
  name: string;
  /** One of UNIT_KINDS. */
  kind: string;
  leaderName: string;
  leaderTitle: string;
  phone: string;
  email: string;
  address: string;
  /** Position in lists; null = after the existing units. */
  sortOrder: number | null;
}

export interface CleanUnitFields {
  name: string;
  kind: UnitKind;
  leaderName: string;
  leaderTitle: string;
  phone: string;
  email: string;
  address: string;
  sortOrder: number | null;
}

/**
 * Normalises and checks a unit's fields against the site's other units (`siblings`, excluding the unit itself).
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export function checkUnitFields(input: UnitFields, siblings: readonly UnitRow[]): CleanUnitFields {
  const f = {
    name: cleanLine(input.name), leaderName: cleanLine(input.leaderName), leaderTitle: cleanLine(input.leaderTitle),
    phone: cleanLine(input.phone), email: input.email.trim(), address: cleanLine(input.address),
  };
  const errors: Record<string, string> = {};
  if (!f.name) errors.name = 'Vui lòng nhập tên đơn vị.';
  else if (f.name.length > 255) errors.name = 'Tên đơn vị tối đa 255 ký tự.';
  else if (siblings.some((u) => u.name.toLocaleLowerCase('vi') === f.name.toLocaleLowerCase('vi'))) {
    errors.name = `Cổng này đã có đơn vị "${f.name}".`;
  }
  const kind = (UNIT_KINDS as readonly string[]).includes(input.kind) ? (input.kind as UnitKind) : null;
  if (!kind) errors.kind = 'Vui lòng chọn loại đơn vị.';
  if (f.leaderName.length > 255) errors.leaderName = 'Tối đa 255 ký tự.';
  if (f.leaderTitle.length > 255) errors.leaderTitle = 'Tối đa 255 ký tự.';
  if (f.phone && !isPhone(f.phone)) errors.phone = 'Số điện thoại chỉ gồm chữ số và các dấu ngăn cách (ví dụ: 0276 3822 111).';
  if (f.email && !isEmail(f.email)) errors.email = 'Địa chỉ thư điện tử không hợp lệ (ví dụ: vanphong@tanninh.gov.vn).';
  if (f.address.length > 500) errors.address = 'Địa chỉ tối đa 500 ký tự.';
  if (input.sortOrder !== null && !isSortOrder(input.sortOrder)) errors.sortOrder = 'Thứ tự phải là một số nguyên.';
  if (Object.keys(errors).length > 0 || !kind) throw new ValidationError(errors);
  return { ...f, kind, sortOrder: input.sortOrder };
}
