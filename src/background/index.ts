console.log('worker up');
