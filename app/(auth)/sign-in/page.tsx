import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { authTarget } from "@/lib/navigation/auth-target";
import { getSessionUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const target = await authTarget(searchParams);
  if (await getSessionUser()) redirect(target);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>Sign in</h1>
        </CardTitle>
        <CardDescription>Welcome back. Your pipelines are where you left them.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm next={target} />
      </CardContent>
    </Card>
  );
}
