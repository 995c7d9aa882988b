import { LocalisedText, NotFoundError } from '@ketqua/api/core';

const SESSION: LocalisedText = { vi: 'phiên đăng nhập', en: 'session' };

export const sessionNotFound = (id: string) => new NotFoundError(SESSION, id);
