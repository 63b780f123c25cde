import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { authKeys } from '@/features/auth/api';
import { createQueryClient } from '@/lib/react-query';

/** Everything the app runs inside: the shared query client. */
export function AppProvider({ children }: { children: ReactNode }) {
  // When any call says the session has ended, forget the user: the layout then asks them to sign in.
  const [client] = useState(() => createQueryClient((c) => c.setQueryData(authKeys.me(), null)));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
