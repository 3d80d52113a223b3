$ npx prisma db push
