import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { authTarget } from "@/lib/navigation/auth-target";
import { getSessionUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const target = await authTarget(searchParams);
  if (await getSessionUser()) redirect(target);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>Create your account</h1>
        </CardTitle>
        <CardDescription>Map your ML pipeline and plan its way to production with your team.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm next={target} />
      </CardContent>
    </Card>
  );
}
