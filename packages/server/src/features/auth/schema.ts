import { z } from 'zod';

export const SignInBody = z.object({
  phone: z.string().trim().min(1).max(20),
  password: z.string().min(1).max(128),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});
