/**
 * Domain errors with stable codes. The message is Vietnamese and safe to show to users;
 * internals go in `cause`. docs/errors.md lists the codes.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'WORKFLOW_INVALID_TRANSITION'
  | 'MEDIA_REJECTED'
  | 'CSRF_INVALID'
  | 'RATE_LIMITED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'Không tìm thấy trang hoặc nội dung bạn yêu cầu.') {
    super('NOT_FOUND', 404, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.') {
    super('FORBIDDEN', 403, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Vui lòng đăng nhập để tiếp tục.') {
    super('UNAUTHENTICATED', 401, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', 409, message);
  }
}

/** Field-keyed validation errors, so a form can be re-rendered with each message beside its field. */
export class ValidationError extends DomainError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super('VALIDATION_FAILED', 422, 'Thông tin chưa hợp lệ, vui lòng kiểm tra các mục được đánh dấu.');
  }
}

export class MediaRejectedError extends DomainError {
  constructor(message: string) {
    super('MEDIA_REJECTED', 422, message);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(readonly from: string, readonly event: string) {
    super('WORKFLOW_INVALID_TRANSITION', 409, `Không thể thực hiện thao tác "${event}" khi nội dung đang ở trạng thái "${from}".`);
  }
}
